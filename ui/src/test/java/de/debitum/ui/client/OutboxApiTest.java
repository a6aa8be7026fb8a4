package de.debitum.ui.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox calls against WireMock stubs of the hub's outbox endpoints. */
class OutboxApiTest {

    private static final String BASE = "/api/v1/tenants/muster-gmbh/outbox";

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private OutboxApi outbox;

    @BeforeEach
    void connect() {
        HubClient client = StubHub.client(hub);
        outbox = new OutboxApi(StubHub.api(client), client, () -> Locale.GERMAN);
    }

    @Test
    void listSendsFilterAndReadsEntries() {
        hub.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[{\"id\":7,\"status\":\"failed_final\",\"channel\":\"email\",\"kind\":"
                        + "\"dunning_letter\",\"documentKey\":\"dunning-notice:12\",\"recipient\":\"a@example.com\","
                        + "\"debtorId\":3,\"debtorName\":\"Schmidt & Söhne KG\",\"attempts\":8,\"lastError\":"
                        + "\"Postfach unbekannt\",\"pdfSize\":2048,\"createdAt\":\"2026-12-01T06:15:00Z\"}],"
                        + "\"page\":1,\"size\":50,\"total\":51}")));

        Page<OutboxApi.Entry> page = outbox.list("muster-gmbh", "failed_final", 1, 50);

        assertThat(page.total()).isEqualTo(51);
        OutboxApi.Entry entry = page.items().get(0);
        assertThat(entry.debtorName()).isEqualTo("Schmidt & Söhne KG");
        assertThat(entry.status()).isEqualTo("failed_final");
        assertThat(entry.attempts()).isEqualTo(8);
        assertThat(entry.createdAt()).isEqualTo(Instant.parse("2026-12-01T06:15:00Z"));
        assertThat(entry.sentAt()).isNull();
        hub.verify(getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("status", equalTo("failed_final"))
                .withQueryParam("page", equalTo("1")).withQueryParam("size", equalTo("50")));
    }

    @Test
    void listWithoutStatusSendsNoFilter() {
        hub.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[],\"page\":0,\"size\":1,\"total\":0}")));

        assertThat(outbox.list("muster-gmbh", null, 0, 1).items()).isEmpty();

        hub.verify(getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("status", absent()));
    }

    @Test
    void pdfKeepsBytesAndSendsToken() throws Exception {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        hub.stubFor(get(urlPathEqualTo(BASE + "/7/pdf")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));

        HubClient.Download download = outbox.pdf("muster-gmbh", 7);

        try (InputStream content = download.content()) {
            assertThat(content.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(download.contentType()).isEqualTo("application/pdf");
        hub.verify(getRequestedFor(urlPathEqualTo(BASE + "/7/pdf")).withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void retryOfQueuedEntryRaisesHubMessage() {
        hub.stubFor(post(urlPathEqualTo(BASE + "/7/retry")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"conflict\",\"message\":\"Eintrag 7 hat den Status 'queued'.\"}")));

        assertThatThrownBy(() -> outbox.retry("muster-gmbh", 7))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("'queued'")
                .satisfies(e -> assertThat(((HubException) e).status()).isEqualTo(409));
    }
}
