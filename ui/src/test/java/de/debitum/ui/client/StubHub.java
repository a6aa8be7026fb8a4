package de.debitum.ui.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** Clients of a WireMock hub for tests: the token is always {@code token-1} and cannot be renewed. */
final class StubHub {

    private StubHub() {
    }

    static HubClient client(WireMockExtension hub) {
        return new HubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    static HubApi api(HubClient client) {
        return new HubApi(client, new TokenSource() {
            @Override
            public String token() {
                return "token-1";
            }

            @Override
            public String renew() {
                throw new HubException(401, "session_expired", "session_expired");
            }
        }, () -> Locale.GERMAN);
    }
}
