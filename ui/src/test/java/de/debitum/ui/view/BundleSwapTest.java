package de.debitum.ui.view;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import de.debitum.ui.client.BundleApi;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.TokenSource;
import de.debitum.ui.i18n.MessagesProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The watch after a bundle operation, against a WireMock hub whose bundle list changes from call to call. */
class BundleSwapTest {

    private static final String EMPTY = "[]";
    private static final String RESOLVED = bundle("RESOLVED", "[]", "[]");
    private static final String STARTING = bundle("ACTIVE", "[{\"id\":\"swap-files\",\"version\":\"1.0.1\"}]",
            "[{\"tenant\":\"muster-gmbh\",\"id\":\"muster-gmbh.swap\",\"typeId\":\"swap-files\",\"state\":\"STARTING\"}]");
    private static final String RUNNING = bundle("ACTIVE", "[{\"id\":\"swap-files\",\"version\":\"1.0.1\"}]",
            "[{\"tenant\":\"muster-gmbh\",\"id\":\"muster-gmbh.swap\",\"typeId\":\"swap-files\",\"state\":\"RUNNING\"}]");

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final MessagesProvider messages = new MessagesProvider();
    private final Texts texts = (key, params) -> messages.getTranslation(key, Locale.GERMAN, params);

    @Test
    void uploadIsWatchedUntilInstancesRun() {
        listInTurn(EMPTY, RESOLVED, STARTING, RUNNING);
        hub.stubFor(post(urlPathEqualTo("/api/v1/bundles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("[" + RESOLVED + "]")));
        BundleSwap swap = new BundleSwap(texts);

        swap.run(api(), "Hochladen von swap.jar", bundles -> bundles.upload("swap.jar", new byte[] {1}));

        List<String> log = swap.log().stream().map(BundleSwap.Line::text).toList();
        assertThat(swap.running()).isFalse();
        assertThat(swap.failed()).isFalse();
        assertThat(log.get(0)).isEqualTo("Gestartet: Hochladen von swap.jar");
        assertThat(log).contains("Installiert: de.example.swap 1.0.1");
        assertThat(log).contains("de.example.swap 1.0.1: aufgelöst, nicht gestartet; Typen: –; Instanzen: –");
        assertThat(log).contains("de.example.swap 1.0.1: aktiv; Typen: swap-files 1.0.1; Instanzen: muster-gmbh.swap (startet)");
        assertThat(log).contains("de.example.swap 1.0.1: aktiv; Typen: swap-files 1.0.1; Instanzen: muster-gmbh.swap (läuft)");
        assertThat(log.get(log.size() - 1)).isEqualTo("Stabil: Es ändert sich nichts mehr.");
    }

    @Test
    void rejectedUploadIsLoggedAsFailure() {
        listInTurn(EMPTY);
        hub.stubFor(post(urlPathEqualTo("/api/v1/bundles")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"bad_request\",\"message\":\"'notes.txt' ist weder ein Bundle-JAR noch ein KAR.\"}")));
        BundleSwap swap = new BundleSwap(texts);

        swap.run(api(), "Hochladen von notes.txt", bundles -> bundles.upload("notes.txt", new byte[] {1}));

        List<String> log = swap.log().stream().map(BundleSwap.Line::text).toList();
        assertThat(swap.failed()).isTrue();
        assertThat(log).contains("Fehlgeschlagen: 'notes.txt' ist weder ein Bundle-JAR noch ein KAR.");
        assertThat(log.get(log.size() - 1)).isEqualTo("Stabil: Es ändert sich nichts mehr.");
    }

    @Test
    void uninstalledBundleIsLoggedAsGone() {
        listInTurn(RUNNING, EMPTY);
        hub.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo("/api/v1/bundles/42"))
                .willReturn(aResponse().withStatus(204)));
        BundleSwap swap = new BundleSwap(texts);

        swap.run(api(), "Deinstallieren", bundles -> {
            bundles.uninstall(42);
            return List.of();
        });

        List<String> log = swap.log().stream().map(BundleSwap.Line::text).toList();
        assertThat(log).contains("Vom Hub bestätigt.", "de.example.swap: entfernt");
        assertThat(swap.failed()).isFalse();
    }

    /** Stubs GET /bundles to return {@code bodies} one after the other and then the last one for good. */
    private static void listInTurn(String... bodies) {
        hub.resetAll();
        for (int i = 0; i < bodies.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "list-" + i;
            var stub = get(urlPathEqualTo("/api/v1/bundles")).inScenario("bundles").whenScenarioStateIs(state)
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(bodies[i].equals(EMPTY) ? EMPTY : "[" + bodies[i] + "]"));
            if (i + 1 < bodies.length) {
                stub = stub.willSetStateTo("list-" + (i + 1));
            }
            hub.stubFor(stub);
        }
    }

    private static String bundle(String state, String types, String instances) {
        return "{\"id\":42,\"symbolicName\":\"de.example.swap\",\"version\":\"1.0.1\",\"state\":\"" + state
                + "\",\"location\":\"debitum-upload:de.example.swap\",\"previousVersion\":\"1.0.0\",\"types\":" + types
                + ",\"instances\":" + instances + "}";
    }

    private static BundleApi api() {
        HubClient client = new HubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
        TokenSource tokens = new TokenSource() {
            @Override
            public String token() {
                return "token";
            }

            @Override
            public String renew() {
                return "token";
            }
        };
        return new BundleApi(new HubApi(client, tokens, () -> Locale.GERMAN), client, () -> Locale.GERMAN);
    }
}
