package de.debitum.ui.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger calls against WireMock stubs of the hub's ledger endpoints. */
class LedgerApiTest {

    private static final String BASE = "/api/v1/tenants/muster-gmbh/ledger";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private LedgerApi ledger;

    @BeforeEach
    void connect() {
        HubClient client = StubHub.client(hub);
        ledger = new LedgerApi(StubHub.api(client), client, () -> Locale.GERMAN);
    }

    @Test
    void periodsAreRead() {
        hub.stubFor(get(urlPathEqualTo(BASE + "/periods")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"items\":[{\"period\":\"2026-11\",\"state\":\"exported\","
                        + "\"lockedAt\":\"2026-12-01T06:00:02Z\",\"lockedBy\":\"erika\",\"bookings\":412,\"exports\":1,"
                        + "\"lastExportAt\":\"2026-12-01T06:00:02Z\"}]}")));

        List<LedgerApi.Period> periods = ledger.periods("muster-gmbh");

        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).state()).isEqualTo("exported");
        assertThat(periods.get(0).bookings()).isEqualTo(412);
    }

    @Test
    void exportSendsMonthRange() {
        hub.stubFor(post(urlPathEqualTo(BASE + "/exports")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"from\":\"2026-10\",\"to\":\"2026-11\",\"booked\":3,\"waiting\":0,\"exports\":[{\"id\":51,"
                        + "\"period\":\"2026-10\",\"createdAt\":\"2026-12-01T06:00:02Z\",\"actor\":\"erika\",\"bookings\":2,"
                        + "\"debtorAccounts\":1,\"changedValues\":0,\"notices\":[],\"files\":[{\"name\":"
                        + "\"EXTF_Debitoren_Kreditoren.csv\",\"size\":900,\"rows\":1,\"href\":\"/x\"}]}]}")));

        LedgerApi.ExportRun run = ledger.export("muster-gmbh", YearMonth.of(2026, 10), YearMonth.of(2026, 11));

        assertThat(run.booked()).isEqualTo(3);
        assertThat(run.exports()).extracting(LedgerApi.Export::id).containsExactly(51L);
        assertThat(run.exports().get(0).files()).extracting(LedgerApi.ExportFile::name)
                .containsExactly("EXTF_Debitoren_Kreditoren.csv");
        hub.verify(postRequestedFor(urlPathEqualTo(BASE + "/exports"))
                .withRequestBody(equalToJson("{\"from\":\"2026-10\",\"to\":\"2026-11\"}")));
    }

    @Test
    void downloadKeepsBytesUnchanged() throws Exception {
        byte[] extf = "\"EXTF\";700;21;\"Buchungsstapel\"\r\n\"Müller € Söhne\"\r\n".getBytes(WINDOWS_1252);
        hub.stubFor(get(urlPathEqualTo(BASE + "/exports/51/files/EXTF_Buchungsstapel_20261101_20261130.csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv; charset=windows-1252").withBody(extf)));

        HubClient.Download download = ledger.file("muster-gmbh", 51, "EXTF_Buchungsstapel_20261101_20261130.csv");

        try (InputStream content = download.content()) {
            assertThat(content.readAllBytes()).isEqualTo(extf);
        }
        assertThat(download.contentType()).isEqualTo("text/csv; charset=windows-1252");
        hub.verify(getRequestedFor(urlPathEqualTo(BASE + "/exports/51/files/EXTF_Buchungsstapel_20261101_20261130.csv"))
                .withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void missingFileRaisesHubMessage() {
        hub.stubFor(get(urlPathEqualTo(BASE + "/exports/51/files/EXTF_none.csv")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"not_found\",\"message\":\"Der DATEV-Export 51 hat keine Datei 'EXTF_none.csv'.\"}")));

        assertThatThrownBy(() -> ledger.file("muster-gmbh", 51, "EXTF_none.csv"))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("keine Datei")
                .satisfies(e -> assertThat(((HubException) e).status()).isEqualTo(404));
    }

    @Test
    void rejectedExportRaisesHubMessage() {
        hub.stubFor(post(urlPathEqualTo(BASE + "/exports")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"conflict\",\"message\":\"DATEV-Berater- und Mandantennummer fehlen\"}")));

        assertThatThrownBy(() -> ledger.export("muster-gmbh", YearMonth.of(2026, 11), YearMonth.of(2026, 11)))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("Mandantennummer");
    }
}
