package de.debitum.ui.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import de.debitum.ui.client.SettingsApi.BounceMailbox;
import de.debitum.ui.client.SettingsApi.BounceMailboxChange;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bounce mailbox calls against WireMock stubs of {@code /output/bounce-mailbox}. */
class BounceMailboxApiTest {

    private static final String PATH = "/api/v1/tenants/muster-gmbh/output/bounce-mailbox";
    private static final String SAVED = "{\"configured\":true,\"host\":\"imap.muster.de\",\"port\":993,\"tls\":\"TLS\","
            + "\"username\":\"bounces\",\"folder\":\"INBOX\",\"passwordSaved\":true}";

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private SettingsApi settings;

    @BeforeEach
    void connect() {
        HubClient client = StubHub.client(hub);
        settings = new SettingsApi(StubHub.api(client), client, () -> Locale.GERMAN);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void missingMailboxIsNotConfigured() {
        hub.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, "{\"configured\":false}")));

        BounceMailbox mailbox = settings.bounceMailbox("muster-gmbh");

        assertThat(mailbox.configured()).isFalse();
        assertThat(mailbox.host()).isNull();
        assertThat(mailbox.port()).isNull();
        assertThat(mailbox.passwordSaved()).isFalse();
    }

    @Test
    void saveSendsPasswordOnlyWhenGiven() {
        hub.stubFor(put(urlPathEqualTo(PATH)).willReturn(json(200, SAVED)));

        BounceMailbox saved = settings.saveBounceMailbox("muster-gmbh",
                new BounceMailboxChange("imap.muster.de", 993, "TLS", "bounces", null, null));

        assertThat(saved.configured()).isTrue();
        assertThat(saved.port()).isEqualTo(993);
        assertThat(saved.passwordSaved()).isTrue();
        hub.verify(putRequestedFor(urlPathEqualTo(PATH)).withRequestBody(equalToJson(
                "{\"host\":\"imap.muster.de\",\"port\":993,\"tls\":\"TLS\",\"username\":\"bounces\",\"password\":null,"
                        + "\"folder\":null}")));
    }

    @Test
    void invalidValueCarriesHubMessage() {
        hub.stubFor(put(urlPathEqualTo(PATH)).willReturn(json(400, "{\"code\":\"invalid_request\",\"message\":"
                + "\"Ungültiger Wert 'SSL' für 'tls'. Erlaubt sind TLS, STARTTLS und NONE.\"}")));

        assertThatThrownBy(() -> settings.saveBounceMailbox("muster-gmbh",
                new BounceMailboxChange("imap.muster.de", 993, "SSL", "bounces", "geheim", null)))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(
                            "Ungültiger Wert 'SSL' für 'tls'. Erlaubt sind TLS, STARTTLS und NONE.");
                });
    }

    @Test
    void deleteCallsDelete() {
        hub.stubFor(delete(urlPathEqualTo(PATH)).willReturn(json(200, "{\"configured\":false}")));

        settings.deleteBounceMailbox("muster-gmbh");

        hub.verify(deleteRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void changeHidesPasswordInText() {
        BounceMailboxChange change = new BounceMailboxChange("imap.muster.de", 993, "TLS", "bounces", "geheim-7", null);

        assertThat(change.toString()).doesNotContain("geheim-7").contains("imap.muster.de");
    }
}
