package de.debitum.ui;

import de.debitum.ui.client.HubClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the client of the hub's HTTP API from {@code debitum.hub-url} (environment: DEBITUM_HUB_URL). */
@Configuration
public class HubConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(HubConfiguration.class);

    @Bean
    HubClient hubClient(@Value("${debitum.hub-url}") String hubUrl,
            @Value("${debitum.hub-connect-timeout:5s}") Duration connectTimeout,
            @Value("${debitum.hub-request-timeout:30s}") Duration requestTimeout) {
        URI uri;
        try {
            uri = URI.create(hubUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DEBITUM_HUB_URL '" + hubUrl
                    + "' is not a valid URL; set it like http://127.0.0.1:8181", e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("DEBITUM_HUB_URL '" + hubUrl
                    + "' must be an http or https URL with a host, like http://127.0.0.1:8181");
        }
        LOG.info("Using the hub at {}", uri);
        return new HubClient(uri, connectTimeout, requestTimeout);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
