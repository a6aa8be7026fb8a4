package de.debitum.ui.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import de.debitum.ui.client.HubApi.DocumentFilter;
import de.debitum.ui.client.Model.ApiKey;
import de.debitum.ui.client.Model.ConnectorConfig;
import de.debitum.ui.client.Model.ConnectorConfigRequest;
import de.debitum.ui.client.Model.ConnectorType;
import de.debitum.ui.client.Model.Document;
import de.debitum.ui.client.Model.DocumentDetail;
import de.debitum.ui.client.Model.ImportDetail;
import de.debitum.ui.client.Model.Me;
import de.debitum.ui.client.Model.NewApiKey;
import de.debitum.ui.client.Model.NewUser;
import de.debitum.ui.client.Model.Overview;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The typed client against WireMock stubs of the hub's API contract (src/test/resources/hub-stub). */
class HubApiTest {

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").usingFilesUnderClasspath("hub-stub"))
            .build();

    private HubClient client;
    private HubApi api;
    private final List<String> renewals = new ArrayList<>();

    @BeforeEach
    void connect() {
        client = new HubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
        api = apiWithToken("token-1");
    }

    private HubApi apiWithToken(String token) {
        return new HubApi(client, new TokenSource() {
            private String current = token;

            @Override
            public String token() {
                return current;
            }

            @Override
            public String renew() {
                renewals.add(current);
                current = client.requestToken("admin", "geheim-genug-1", Locale.GERMAN).token();
                return current;
            }
        }, () -> Locale.GERMAN);
    }

    @Test
    void tokenForValidCredentials() {
        Model.TokenResponse token = client.requestToken("admin", "geheim-genug-1", Locale.GERMAN);

        assertThat(token.token()).isEqualTo("token-1");
        assertThat(token.expiresIn()).isEqualTo(900);
        hub.verify(postRequestedFor(urlPathEqualTo("/api/v1/auth/token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"user\":\"admin\",\"password\":\"geheim-genug-1\"}")));
    }

    @Test
    void tokenForWrongPasswordIsUnauthorized() {
        assertThatThrownBy(() -> client.requestToken("admin", "falsch", Locale.GERMAN))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("unauthorized");
                    assertThat(e.getMessage()).isEqualTo("Benutzername oder Passwort falsch.");
                });
    }

    @Test
    void meSendsTokenAndLanguage() {
        Me me = api.me();

        assertThat(me.name()).isEqualTo("admin");
        assertThat(me.isOperator()).isTrue();
        assertThat(me.isAdmin()).isTrue();
        assertThat(me.tenants()).containsExactly("muster-gmbh", "beispiel-ag");
        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/me"))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader("Accept-Language", equalTo("de")));
    }

    @Test
    void expiredTokenIsRenewedOnceAndCallRepeated() {
        HubApi stale = apiWithToken("expired-token");

        Me me = stale.me();

        assertThat(me.name()).isEqualTo("admin");
        assertThat(renewals).containsExactly("expired-token");
    }

    @Test
    void tenantsPageWithPaging() {
        Page<Model.Tenant> tenants = api.tenants(0, 50);

        assertThat(tenants.total()).isEqualTo(2);
        assertThat(tenants.items()).extracting(Model.Tenant::id).containsExactly("muster-gmbh", "beispiel-ag");
        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/tenants"))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("50")));
    }

    @Test
    void suggestionsWithExplanationAndConfirm() {
        Model.SuggestionPage page = api.suggestions("muster-gmbh", 0, HubApi.MAX_SUGGESTION_PAGE);

        assertThat(page.paymentsAwaitingReview()).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.id()).isEqualTo(51);
            assertThat(suggestion.score()).isEqualByComparingTo("0.72");
            assertThat(suggestion.payment().counterpartyName()).isEqualTo("Factoring Nord AG");
            assertThat(suggestion.allocations()).extracting(Model.MatchAllocation::documentNumber)
                    .containsExactly("RE-2026-0042");
            assertThat(suggestion.explanation().evidence()).extracting(Model.Evidence::german)
                    .containsExactly("Rechnungsnummer RE-2026-0042 im Verwendungszweck.");
        });
        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/matching/suggestions"))
                .withQueryParam("size", equalTo("200")));

        Model.Confirmation confirmation = api.confirmSuggestion("muster-gmbh", 51);

        assertThat(confirmation.allocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.id()).isEqualTo(77L);
            assertThat(allocation.user()).isEqualTo("clerk");
        });
    }

    @Test
    void pagingOutsideApiLimitsIsRejectedBeforeSending() {
        assertThatThrownBy(() -> api.tenants(-1, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page must be 0 or more, was -1");
        assertThatThrownBy(() -> api.tenants(0, 501)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size must be 1 to 500, was 501");
        assertThatThrownBy(() -> api.tenants(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overviewReadsAmountsAsDecimals() {
        Overview overview = api.overview("muster-gmbh");

        assertThat(overview.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(overview.amounts()).hasSize(1);
        Model.CurrencyAmounts eur = overview.amounts().get(0);
        assertThat(eur.currency()).isEqualTo("EUR");
        assertThat(eur.open()).isEqualByComparingTo(new BigDecimal("15230.00"));
        assertThat(eur.overdueBuckets().over90()).isEqualByComparingTo("2000.00");
        assertThat(eur.overdueBuckets().days61to90()).isEqualByComparingTo("0");
        assertThat(eur.dso()).isEqualTo(41.5);
        assertThat(overview.unallocatedPayments()).isEqualTo(3);
        assertThat(overview.failedConnectors()).extracting(Model.FailedConnector::instanceId)
                .containsExactly("muster-gmbh.mail");
    }

    @Test
    void unknownTenantCarriesHubMessage() {
        assertThatThrownBy(() -> api.overview("unbekannt")).isInstanceOfSatisfying(HubException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("not_found");
            assertThat(e.getMessage()).isEqualTo("Mandant 'unbekannt' nicht gefunden.");
        });
    }

    @Test
    void tenantIdIsEncodedInPath() {
        assertThatThrownBy(() -> api.overview("a b/../c")).isInstanceOf(HubException.class);

        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/tenants/a%20b%2F..%2Fc/overview")));
    }

    @Test
    void connectorTypesWithLocalizedFields() {
        List<ConnectorType> types = api.connectorTypes();

        assertThat(types).extracting(ConnectorType::id).containsExactly("bank-statement", "einvoice-mailbox");
        ConnectorType mailbox = types.get(1);
        assertThat(mailbox.displayName(Locale.GERMAN)).isEqualTo("E-Rechnungs-Postfach");
        assertThat(mailbox.displayName(Locale.ENGLISH)).isEqualTo("E-invoice mailbox");
        assertThat(mailbox.displayName(Locale.FRENCH)).isEqualTo("E-Rechnungs-Postfach");
        Model.ConnectorField password = mailbox.fields().get(3);
        assertThat(password.secret()).isTrue();
        assertThat(mailbox.fields().get(0).choices()).containsExactly("imap", "folder");
    }

    @Test
    void connectorConfigHasSecretsMasked() {
        ConnectorConfig config = api.connectorConfig("muster-gmbh", "muster-gmbh.mail");

        assertThat(config.configuration()).containsEntry("password", "");
        assertThat(config.secretsSet()).containsExactly("password");
    }

    @Test
    void saveConnectorConfigSendsTypeEnabledAndValues() {
        api.saveConnectorConfig("muster-gmbh", "muster-gmbh.mail", new ConnectorConfigRequest("einvoice-mailbox", true,
                Map.of("mode", "imap", "host", "imap.example.org", "password", "")));

        hub.verify(putRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/connectors/muster-gmbh.mail/config"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"typeId\":\"einvoice-mailbox\",\"enabled\":true,"
                        + "\"configuration\":{\"mode\":\"imap\",\"host\":\"imap.example.org\",\"password\":\"\"}}")));
    }

    @Test
    void invalidConnectorConfigNamesTheField() {
        assertThatThrownBy(() -> api.saveConnectorConfig("muster-gmbh", "muster-gmbh.bad",
                new ConnectorConfigRequest("bank-statement", true, Map.of("folder", "relativ"))))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Eingangsordner");
                });
    }

    @Test
    void enableDisableAndTestConnector() {
        assertThat(api.enableConnector("muster-gmbh", "muster-gmbh.camt").state()).isEqualTo("STARTING");
        assertThat(api.disableConnector("muster-gmbh", "muster-gmbh.camt").enabled()).isFalse();
        Model.ConnectionTestResult test = api.testConnector("muster-gmbh", "muster-gmbh.camt");
        assertThat(test.successful()).isTrue();
        assertThat(test.message()).contains("/srv/debitum/bank");
    }

    @Test
    void documentsSendFiltersAndSort() {
        Page<Document> page = api.documents("muster-gmbh", new DocumentFilter("overdue", null, " RE-2026 ", "-dueDate"),
                0, 50);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().get(0).openAmount()).isEqualByComparingTo("1190.00");
        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/documents"))
                .withQueryParam("status", equalTo("overdue"))
                .withQueryParam("q", equalTo("RE-2026"))
                .withQueryParam("sort", equalTo("-dueDate"))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("50")));
    }

    @Test
    void documentsWithoutFiltersSendNoEmptyParameters() {
        api.documents("muster-gmbh", new DocumentFilter("", null, "  ", null), 0, 50);

        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/documents"))
                .withoutQueryParam("status")
                .withoutQueryParam("q")
                .withoutQueryParam("sort")
                .withoutQueryParam("debtor"));
    }

    @Test
    void documentDetailWithAuditHistory() {
        DocumentDetail detail = api.document("muster-gmbh", 201);

        assertThat(detail.taxTotal()).isEqualByComparingTo("190.00");
        assertThat(detail.audit()).extracting(Model.AuditEvent::type).containsExactly("CREATED", "OVERDUE");
    }

    @Test
    void documentDetailWithFlagsAndWarnings() {
        DocumentDetail detail = api.document("muster-gmbh", 201);

        assertThat(detail.safeSource()).isTrue();
        assertThat(detail.needsConfirmation()).isTrue();
        assertThat(detail.flags()).extracting(Model.DocumentNote::code).containsExactly("NO_VAT_BREAKDOWN");
        assertThat(detail.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("RECALCULATION_DIFFERS");
            assertThat(warning.messageDe()).contains("1190.00", "1189.99");
        });
        assertThat(detail.confirmation().confirmedBy()).isEqualTo("admin");
        assertThat(detail.confirmation().confirmedAt()).isEqualTo(java.time.Instant.parse("2026-03-17T09:30:00Z"));
    }

    @Test
    void importDetailWithRejections() {
        ImportDetail batch = api.importDetail("muster-gmbh", 51);

        assertThat(batch.rejected()).isEqualTo(1);
        assertThat(batch.rejections()).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("Betrag 'abc' ist keine Zahl."));
        assertThat(batch.duplicates()).isZero();
        assertThat(batch.duplicateNotices()).isEmpty();
        assertThat(api.imports("muster-gmbh", 0, 50).items()).extracting(Model.ImportBatch::id).containsExactly(51L, 50L);
    }

    @Test
    void importDetailMarksUndoneDuplicates() {
        ImportDetail batch = api.importDetail("muster-gmbh", 52);

        assertThat(batch.duplicates()).isEqualTo(2);
        assertThat(batch.duplicateNotices()).extracting(Model.Duplicate::paymentId).containsExactly(302L, 304L);
        assertThat(batch.duplicateNotices()).extracting(Model.Duplicate::undone).containsExactly(false, true);
    }

    @Test
    void undoDuplicatePostsWithoutBody() {
        Model.UndoneDuplicate undone = api.undoDuplicate("muster-gmbh", 302);

        assertThat(undone.id()).isEqualTo(302);
        assertThat(undone.duplicateOf()).isNull();
        assertThat(undone.formerDuplicateOf()).isEqualTo(301L);
        hub.verify(postRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/payments/302/undo-duplicate"))
                .withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void undoDuplicateOfUnmarkedPaymentIsConflict() {
        assertThatThrownBy(() -> api.undoDuplicate("muster-gmbh", 303))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("conflict");
                    assertThat(e.getMessage()).contains("nicht als Dublette markiert");
                });
    }

    @Test
    void uploadSendsRawBytes() {
        byte[] statement = "<Document/>".getBytes(StandardCharsets.UTF_8);

        Model.UploadResult result = api.upload("muster-gmbh", "bank-statement", "konto märz.xml", statement);

        assertThat(result.instanceId()).isEqualTo("muster-gmbh.camt");
        hub.verify(postRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/uploads"))
                .withQueryParam("kind", equalTo("bank-statement"))
                .withQueryParam("filename", equalTo("konto märz.xml"))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withRequestBody(binaryEqualTo(statement)));
    }

    @Test
    void uploadWithoutInstanceIsConflict() {
        assertThatThrownBy(() -> api.upload("muster-gmbh", "einvoice", "r.pdf", new byte[] {1}))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("einrichten");
                });
    }

    @Test
    void usersAndApiKeys() {
        assertThat(api.users("muster-gmbh", 0, 500).items()).extracting(Model.User::name).containsExactly("anna", "bernd");
        assertThat(api.createUser("muster-gmbh", new NewUser("clara", "lang-genug-123", "clerk", "de")).name())
                .isEqualTo("clara");
        hub.verify(postRequestedFor(urlPathEqualTo("/api/v1/tenants/muster-gmbh/users")).withRequestBody(
                equalToJson("{\"name\":\"clara\",\"password\":\"lang-genug-123\",\"role\":\"clerk\",\"language\":\"de\"}")));
        assertThat(api.disableUser("muster-gmbh", "anna").enabled()).isFalse();

        ApiKey created = api.createApiKey("muster-gmbh", new NewApiKey("Shop", "clerk"));
        assertThat(created.key()).startsWith("dbk_");
        assertThat(api.apiKeys("muster-gmbh").get(0).key()).isNull();
        api.revokeApiKey("muster-gmbh", 7);
        hub.verify(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                urlPathEqualTo("/api/v1/tenants/muster-gmbh/api-keys/7")));
    }

    @Test
    void serverErrorWithoutJsonKeepsStatus() {
        hub.stubFor(get(urlPathEqualTo("/api/v1/connector-types")).atPriority(1)
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        assertThatThrownBy(() -> api.connectorTypes()).isInstanceOfSatisfying(HubException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isEqualTo("http_502");
        });
    }

    @Test
    void unreadableJsonIsInvalidResponse() {
        hub.stubFor(get(urlPathEqualTo("/api/v1/me")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody("{\"name\": ")));

        assertThatThrownBy(() -> api.me()).isInstanceOfSatisfying(HubException.class,
                e -> assertThat(e.code()).isEqualTo("invalid_response"));
    }

    @Test
    void slowHubTimesOut() {
        hub.stubFor(get(urlPathEqualTo("/api/v1/me")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000).withBody("{}")));
        HubClient impatient = new HubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(1), Duration.ofMillis(300));
        HubApi slow = new HubApi(impatient, new FixedToken("token-1"), () -> Locale.ENGLISH);

        assertThatThrownBy(slow::me).isInstanceOfSatisfying(HubException.class,
                e -> assertThat(e.code()).isEqualTo("timeout"));
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HubClient nowhere = new HubClient(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> nowhere.requestToken("admin", "x", Locale.GERMAN))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.code()).isEqualTo("unreachable");
                    assertThat(e.status()).isEqualTo(HubException.NO_RESPONSE);
                });
    }

    @Test
    void englishCallerSendsEnglishLanguage() {
        new HubApi(client, new FixedToken("token-1"), () -> Locale.ENGLISH).me();

        hub.verify(getRequestedFor(urlPathEqualTo("/api/v1/me")).withHeader("Accept-Language", equalTo("en")));
    }

    private record FixedToken(String value) implements TokenSource {

        @Override
        public String token() {
            return value;
        }

        @Override
        public String renew() {
            throw new HubException(401, "unauthorized", "expired");
        }
    }
}
