package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.ledger.LedgerService;

/**
 * The HTTP API in the booted distribution. Every endpoint rejects a missing token (401), the
 * wrong role (403) and another tenant (404). An operator, a tenant admin and a clerk work through
 * tenants, users, API keys, connectors, uploads and the imported data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiIT {

    private static final String ADMIN_PASSWORD = "itest-admin-password-1";
    private static final String CAMT_SAMPLE_PROPERTY = "debitum.itest.camtSample";
    private static final String RATE_LIMIT = "20";

    /** Access needed by an endpoint. */
    private enum Needs { ANY, OPERATOR, READ, ADMIN }

    /** One endpoint; {t} stands for the tenant. */
    private record Endpoint(String method, String path, String body, Needs needs) {
        String on(String tenant) {
            return path.replace("{t}", tenant);
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/me", null, Needs.ANY),
            new Endpoint("GET", "/connector-types", null, Needs.ANY),
            new Endpoint("GET", "/bundles", null, Needs.OPERATOR),
            new Endpoint("POST", "/bundles?name=connector.jar", "PK", Needs.OPERATOR),
            new Endpoint("POST", "/bundles/999999/rollback", null, Needs.OPERATOR),
            new Endpoint("DELETE", "/bundles/999999", null, Needs.OPERATOR),
            new Endpoint("GET", "/tenants", null, Needs.OPERATOR),
            new Endpoint("POST", "/tenants", "{\"id\":\"x-gmbh\",\"name\":\"X\"}", Needs.OPERATOR),
            new Endpoint("GET", "/tenants/{t}", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/overview", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/connectors", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/connectors/none", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/connectors/none/config", null, Needs.ADMIN),
            new Endpoint("PUT", "/tenants/{t}/connectors/none/config", "{\"typeId\":\"csv\"}", Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/connectors/none/enable", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/connectors/none/disable", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/connectors/none/test", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/connectors/none/run", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/debtors", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/debtors/1", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/documents", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/documents/1", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/payments", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/payments/999999/undo-duplicate", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/import-progress", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/documents/999999/confirm", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/output/invoice-sending", null, Needs.READ),
            new Endpoint("PUT", "/tenants/{t}/output/invoice-sending", "{}", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/output/invoice-preview", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/imports", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/imports/1", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/uploads?kind=csv-invoices", "a;b", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/users", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/users", "{\"name\":\"zed\",\"password\":\"long enough pass\"}", Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/users/nobody/disable", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/api-keys", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/api-keys", "{\"label\":\"x\"}", Needs.ADMIN),
            new Endpoint("DELETE", "/tenants/{t}/api-keys/999999", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/company-profile", null, Needs.READ),
            new Endpoint("PUT", "/tenants/{t}/company-profile", "{\"companyName\":\"X\"}", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/company-profile/logo", null, Needs.READ),
            new Endpoint("PUT", "/tenants/{t}/company-profile/logo", "PNG", Needs.ADMIN),
            new Endpoint("DELETE", "/tenants/{t}/company-profile/logo", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/company-profile/letter-preview", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/ledger/settings", null, Needs.READ),
            new Endpoint("PUT", "/tenants/{t}/ledger/settings", "{\"chart\":\"SKR04\"}", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/ledger/periods", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/ledger/periods/2026-01/lock", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/ledger/exports", "{\"from\":\"2026-01\"}", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/ledger/exports", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/ledger/exports/1", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/ledger/exports/1/files/EXTF_Debitoren_Kreditoren.csv", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/matching/suggestions", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/matching/suggestions/999999/confirm", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/matching/suggestions/999999/reject", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/payments/999999/allocations", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/payments/999999/allocations", "{\"documentId\":1}", Needs.READ),
            new Endpoint("DELETE", "/tenants/{t}/allocations/999999", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/dunning/policy", null, Needs.READ),
            new Endpoint("PUT", "/tenants/{t}/dunning/policy", "{\"levels\":[]}", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/dunning/preview", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/dunning/runs", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/dunning/notices", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/dunning/notices/1", null, Needs.READ),
            new Endpoint("PUT", "/tenants/{t}/dunning/notices/1", "{\"fee\":\"1.00\"}", Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/dunning/notices/1/approve", null, Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/dunning/notices/1/postpone", "{\"until\":\"2099-01-01\"}", Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/dunning/notices/1/cancel", "{\"reason\":\"x\"}", Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/dunning/blocks", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/dunning/blocks", "{\"debtorId\":1}", Needs.ADMIN),
            new Endpoint("POST", "/tenants/{t}/dunning/blocks/1/end", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/outbox", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/outbox/1", null, Needs.READ),
            new Endpoint("GET", "/tenants/{t}/outbox/1/pdf", null, Needs.READ),
            new Endpoint("POST", "/tenants/{t}/outbox/1/retry", null, Needs.ADMIN),
            new Endpoint("GET", "/tenants/{t}/output/bounce-mailbox", null, Needs.ADMIN),
            new Endpoint("PUT", "/tenants/{t}/output/bounce-mailbox", "{\"host\":\"imap.example.de\",\"port\":993}",
                    Needs.ADMIN),
            new Endpoint("DELETE", "/tenants/{t}/output/bounce-mailbox", null, Needs.ADMIN));

    @Inject
    private BootFinished bootFinished;

    @Inject
    private IngestionService ingestion;

    @Inject
    private LedgerService ledger;

    @Configuration
    public Option[] config() throws IOException {
        File passwordFile = new File("target/itest-admin-password");
        Files.writeString(passwordFile.toPath(), ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        String camt = new File("../connector-bundles/bank-statement/src/test/resources/statements/camt053-long-name.xml")
                .getAbsolutePath();
        return OptionUtils.combine(DistributionOptions.boot(),
                replaceConfigurationFile("etc/debitum-admin-password", passwordFile),
                editConfigurationFilePut("etc/de.debitum.rest.cfg", "apiKeyRequestsPerMinute", RATE_LIMIT),
                editConfigurationFilePut("etc/system.properties", CAMT_SAMPLE_PROPERTY, camt));
    }

    private ApiClient client() {
        return new ApiClient(Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY)));
    }

    private String adminToken(ApiClient api) throws Exception {
        return OperatorSession.adminToken(api, ADMIN_PASSWORD);
    }

    private static ApiClient.Response login(ApiClient api, String user, String password) throws IOException {
        return OperatorSession.login(api, user, password);
    }

    private static String token(ApiClient api, String user, String password) throws IOException {
        ApiClient.Response response = login(api, user, password);
        assertEquals("sign-in of " + user + ": " + response, 200, response.status());
        return response.text("token");
    }

    private static void createTenant(ApiClient api, String admin, String id) throws IOException {
        ApiClient.Response created = api.json("POST", "/tenants", admin, "{\"id\":\"" + id + "\",\"name\":\"" + id + " GmbH\"}");
        assertEquals(created.toString(), 201, created.status());
    }

    private static void createUser(ApiClient api, String token, String tenant, String name, String role) throws IOException {
        ApiClient.Response created = api.json("POST", "/tenants/" + tenant + "/users", token,
                "{\"name\":\"" + name + "\",\"password\":\"" + name + "-password\",\"role\":\"" + role + "\"}");
        assertEquals(created.toString(), 201, created.status());
    }

    private static ApiClient.Response send(ApiClient api, Endpoint endpoint, String tenant, String token) throws IOException {
        byte[] body = endpoint.body() == null ? null : endpoint.body().getBytes(StandardCharsets.UTF_8);
        String type = endpoint.path().contains("/uploads") ? "text/csv"
                : endpoint.path().startsWith("/bundles") ? "application/java-archive" : "application/json";
        return api.call(endpoint.method(), endpoint.on(tenant), token, body, type, null);
    }

    @Test
    public void everyEndpointChecksTokenRoleAndTenant() throws Exception {
        ApiClient api = client();
        String admin = adminToken(api);
        createTenant(api, admin, "acl-a");
        createTenant(api, admin, "acl-b");
        createUser(api, admin, "acl-a", "acl-admin", "tenant-admin");
        createUser(api, admin, "acl-a", "acl-clerk", "clerk");
        String tenantAdmin = token(api, "acl-admin", "acl-admin-password");
        String clerk = token(api, "acl-clerk", "acl-clerk-password");

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            expect(wrong, endpoint, "no token", send(api, endpoint, "acl-a", null), 401);
            expect(wrong, endpoint, "forged token", send(api, endpoint, "acl-a", admin + "x"), 401);
            switch (endpoint.needs()) {
                case OPERATOR -> {
                    expect(wrong, endpoint, "tenant admin", send(api, endpoint, "acl-a", tenantAdmin), 403);
                    expect(wrong, endpoint, "clerk", send(api, endpoint, "acl-a", clerk), 403);
                }
                case READ -> {
                    expect(wrong, endpoint, "clerk, other tenant", send(api, endpoint, "acl-b", clerk), 404);
                    expect(wrong, endpoint, "tenant admin, other tenant", send(api, endpoint, "acl-b", tenantAdmin), 404);
                    expect(wrong, endpoint, "clerk, unknown tenant", send(api, endpoint, "no-such", clerk), 404);
                }
                case ADMIN -> {
                    expect(wrong, endpoint, "clerk, own tenant", send(api, endpoint, "acl-a", clerk), 403);
                    expect(wrong, endpoint, "clerk, other tenant", send(api, endpoint, "acl-b", clerk), 404);
                    expect(wrong, endpoint, "tenant admin, other tenant", send(api, endpoint, "acl-b", tenantAdmin), 404);
                }
                case ANY -> {
                    ApiClient.Response response = send(api, endpoint, "acl-a", clerk);
                    if (response.status() != 200) {
                        wrong.add(endpoint.method() + " " + endpoint.path() + " as clerk: " + response);
                    }
                }
            }
        }
        assertTrue("endpoints answering wrongly:\n" + String.join("\n", wrong), wrong.isEmpty());

        // The clerk reads its own tenant and works its matching review; the operator reads both.
        assertEquals(200, api.get("/tenants/acl-a/documents", clerk).status());
        assertEquals(200, api.get("/tenants/acl-a/matching/suggestions", clerk).status());
        assertEquals(404, api.json("POST", "/tenants/acl-a/matching/suggestions/999999/confirm", clerk, null).status());
        assertEquals(404, api.call("DELETE", "/tenants/acl-a/allocations/999999", clerk, null, "application/json", null)
                .status());
        assertEquals(200, api.get("/tenants/acl-b/documents", admin).status());
        ApiClient.Response me = api.get("/me", clerk);
        assertEquals("clerk", me.text("role"));
        assertTrue(me.body(), me.body().contains("\"tenants\":[\"acl-a\"]"));
    }

    private static void expect(List<String> wrong, Endpoint endpoint, String caller, ApiClient.Response response, int status) {
        if (response.status() != status) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": expected " + status + ", got " + response);
        } else if (response.text("code") == null || response.text("message") == null) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": no {code, message}: " + response);
        }
    }

    @Test
    public void tenantAdminImportsThroughUploads() throws Exception {
        ApiClient api = client();
        String admin = adminToken(api);
        createTenant(api, admin, "flow-gmbh");
        createUser(api, admin, "flow-gmbh", "flow-admin", "tenant-admin");
        String token = token(api, "flow-admin", "flow-admin-password");
        Path csvInbox = Files.createTempDirectory("debitum-api-csv");
        Path bankInbox = Files.createTempDirectory("debitum-api-bank");

        ApiClient.Response noInstance = api.call("POST", "/tenants/flow-gmbh/uploads?kind=csv-invoices", token,
                "x".getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals(noInstance.toString(), 409, noInstance.status());

        ApiClient.Response csv = api.json("PUT", "/tenants/flow-gmbh/connectors/flow-gmbh.csv/config", token,
                "{\"typeId\":\"csv\",\"enabled\":true,\"configuration\":{\"folder\":\"" + csvInbox
                        + "\",\"recordKind\":\"invoices\",\"pollInterval\":\"PT0.2S\"}}");
        assertEquals(csv.toString(), 200, csv.status());
        ApiClient.Response bank = api.json("PUT", "/tenants/flow-gmbh/connectors/flow-gmbh.camt/config", token,
                "{\"typeId\":\"bank-statement\",\"enabled\":true,\"configuration\":{\"folder\":\"" + bankInbox
                        + "\",\"pollInterval\":\"PT0.2S\"}}");
        assertEquals(bank.toString(), 200, bank.status());
        ApiClient.Response invalid = api.json("PUT", "/tenants/flow-gmbh/connectors/flow-gmbh.bad/config", token,
                "{\"typeId\":\"csv\",\"enabled\":true,\"configuration\":{\"recordKind\":\"nonsense\"}}");
        assertEquals(invalid.toString(), 400, invalid.status());
        assertTrue(invalid.toString(), invalid.text("message").contains("recordKind"));

        String invoices = "Rechnungsnummer;Rechnungsdatum;Fälligkeit;Kundennummer;Kunde;Netto;USt-Satz;USt;Brutto\n"
                + "API-1;02.11.2026;02.12.2026;K-1;Kunde GmbH;100,00;19;19,00;119,00\n"
                + "API-2;03.11.2026;03.12.2026;K-1;Kunde GmbH;200,00;19;38,00;238,00\n";
        ApiClient.Response upload = api.call("POST", "/tenants/flow-gmbh/uploads?kind=csv-invoices&filename=rechnungen.csv",
                token, invoices.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals(upload.toString(), 202, upload.status());
        assertEquals("flow-gmbh.csv", upload.text("instanceId"));

        ApiClient.Response documents = await(() -> api.get("/tenants/flow-gmbh/documents?sort=number", token),
                response -> response.number("total") == 2);
        assertTrue(documents.body(), documents.body().contains("\"number\":\"API-1\""));
        long documentId = documents.number("id");
        ApiClient.Response document = api.get("/tenants/flow-gmbh/documents/" + documentId, token);
        assertEquals(document.toString(), 200, document.status());
        assertTrue(document.body(), document.body().contains("\"audit\":[{"));
        assertEquals(2, api.get("/tenants/flow-gmbh/documents?q=api-&size=1", token).number("total"));
        assertEquals(1, api.get("/tenants/flow-gmbh/debtors", token).number("total"));
        ApiClient.Response overview = api.get("/tenants/flow-gmbh/overview", token);
        assertEquals(overview.toString(), "357.00", overview.text("open"));

        byte[] statement = Files.readAllBytes(Path.of(System.getProperty(CAMT_SAMPLE_PROPERTY)));
        ApiClient.Response bankUpload = api.call("POST", "/tenants/flow-gmbh/uploads?kind=bank-statement&filename=konto.xml",
                token, statement, "application/xml", null);
        assertEquals(bankUpload.toString(), 202, bankUpload.status());
        ApiClient.Response imports = await(() -> api.get("/tenants/flow-gmbh/imports", token),
                response -> response.body().contains("\"instanceId\":\"flow-gmbh.camt\""));
        assertTrue(imports.body(), imports.number("total") >= 2);
        ApiClient.Response payments = await(() -> api.get("/tenants/flow-gmbh/payments?unallocated=true", token),
                response -> response.number("total") >= 1);
        assertEquals(payments.toString(), 200, payments.status());

        ApiClient.Response status = api.get("/tenants/flow-gmbh/connectors/flow-gmbh.camt", token);
        assertEquals(status.toString(), "bank-statement", status.text("typeId"));
        ApiClient.Response disabled = api.json("POST", "/tenants/flow-gmbh/connectors/flow-gmbh.camt/disable", token, null);
        assertTrue(disabled.toString(), disabled.body().contains("\"enabled\":false"));
        ApiClient.Response tested = api.json("POST", "/tenants/flow-gmbh/connectors/flow-gmbh.csv/test", token, null);
        assertTrue(tested.toString(), tested.body().contains("\"successful\":true"));
        ApiClient.Response ran = api.json("POST", "/tenants/flow-gmbh/connectors/flow-gmbh.csv/run", token, null);
        assertEquals(ran.toString(), 200, ran.status());
        assertEquals(ran.toString(), "RUNNING", ran.text("state"));
        ApiClient.Response notRunning = api.json("POST", "/tenants/flow-gmbh/connectors/flow-gmbh.camt/run", token, null);
        assertEquals(notRunning.toString(), 409, notRunning.status());
        assertTrue(notRunning.toString(), notRunning.text("message").contains("DISABLED"));

        assertEquals(404, api.get("/tenants/flow-gmbh/company-profile", token).status());
        String profile = "{\"companyName\":\"Flow GmbH\",\"street\":\"Hauptstraße 1\",\"postcode\":\"50667\","
                + "\"city\":\"Köln\",\"countryCode\":\"DE\",\"iban\":\"DE89370400440532013000\"}";
        ApiClient.Response saved = api.json("PUT", "/tenants/flow-gmbh/company-profile", token, profile);
        assertEquals(saved.toString(), 200, saved.status());
        assertEquals("Flow GmbH", api.get("/tenants/flow-gmbh/company-profile", token).text("companyName"));
        ApiClient.Response badIban = api.json("PUT", "/tenants/flow-gmbh/company-profile", token,
                profile.replace("DE89370400440532013000", "DE00370400440532013000"));
        assertEquals(badIban.toString(), 400, badIban.status());
        assertTrue(badIban.toString(), badIban.text("message").contains("iban"));

        ApiClient.Response logo = api.call("PUT", "/tenants/flow-gmbh/company-profile/logo", token, logoPng(),
                "image/png", null);
        assertEquals(logo.toString(), 200, logo.status());
        assertEquals("image/png", logo.text("mediaType"));
        ApiClient.Response notImage = api.call("PUT", "/tenants/flow-gmbh/company-profile/logo", token,
                "GIF89a".getBytes(StandardCharsets.US_ASCII), "image/gif", "en");
        assertEquals(notImage.toString(), 400, notImage.status());
        assertTrue(notImage.toString(), notImage.text("message").contains("GIF")
                && notImage.text("message").contains("PNG or JPEG"));
        ApiClient.Response preview = api.get("/tenants/flow-gmbh/company-profile/letter-preview", token);
        assertEquals(200, preview.status());
        assertTrue("letter preview is a PDF", preview.body().startsWith("%PDF-"));
    }

    /** Draws a 64 × 32 logo with two colours as PNG. */
    private static byte[] logoPng() throws IOException {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 32; y++) {
                image.setRGB(x, y, x < 32 ? 0x1F4E79 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    public void datevExportIsDownloadedUnchanged() throws Exception {
        ApiClient api = client();
        String admin = adminToken(api);
        createTenant(api, admin, "datev-gmbh");
        createUser(api, admin, "datev-gmbh", "datev-admin", "tenant-admin");
        createUser(api, admin, "datev-gmbh", "datev-clerk", "clerk");
        String token = token(api, "datev-admin", "datev-admin-password");
        String clerk = token(api, "datev-clerk", "datev-clerk-password");
        TenantId tenant = TenantId.of("datev-gmbh");
        Money net = Money.euro("100.00");
        VatLine vat = new VatLine("S", new BigDecimal("19.00"), net, net.percent(new BigDecimal("19")));
        ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp-1", List.of(
                new DebtorData("d1", "K-1", "Müller € Söhne GmbH", new PostalAddress("Hauptstraße 1", null, "80331",
                        "München", "DE"), null, "de", false, null, null, List.of()),
                new DocumentData("i1", "d1", DocumentKind.INVOICE, "RE-2026-1", LocalDate.of(2026, 2, 3),
                        LocalDate.of(2026, 3, 5), null, null, Money.EUR, List.of(vat), Money.euro("119.00"), null, null,
                        null, null, null, true))));

        ApiClient.Response noNumbers = api.json("POST", "/tenants/datev-gmbh/ledger/exports", token, "{\"from\":\"2026-02\"}");
        assertEquals(noNumbers.toString(), 409, noNumbers.status());
        assertTrue(noNumbers.toString(), noNumbers.text("message").contains("Mandantennummer"));
        ApiClient.Response badMonth = api.json("POST", "/tenants/datev-gmbh/ledger/exports", token, "{\"from\":\"2026-13\"}");
        assertEquals(badMonth.toString(), 400, badMonth.status());
        assertTrue(badMonth.toString(), badMonth.text("message").contains("2026-13"));
        LedgerSettings defaults = LedgerSettings.defaults(tenant, Chart.SKR03);
        ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, 29098, 55003, 1, 4, 10_000, 69_999,
                defaults.debtorAccountRule(), defaults.accounts(), defaults.bankAccounts(), true, false), "itest");

        ApiClient.Response exported = api.json("POST", "/tenants/datev-gmbh/ledger/exports", token,
                "{\"from\":\"2026-02\",\"to\":\"2026-02\"}");
        assertEquals(exported.toString(), 201, exported.status());
        // The rejected request above booked the invoice already; this one only exports it.
        assertEquals(exported.toString(), 0, exported.number("booked"));
        assertEquals(exported.toString(), 1, exported.number("bookings"));
        long exportId = exported.number("id");
        ApiClient.Response listed = api.get("/tenants/datev-gmbh/ledger/exports", clerk);
        assertEquals(listed.toString(), 1, listed.number("total"));
        ApiClient.Response periods = api.get("/tenants/datev-gmbh/ledger/periods", clerk);
        assertTrue(periods.body(), periods.body().contains("{\"period\":\"2026-02\",\"state\":\"exported\""));

        String stapel = "EXTF_Buchungsstapel_20260201_20260228.csv";
        Download download = download("/tenants/datev-gmbh/ledger/exports/" + exportId + "/files/" + stapel, clerk);
        assertEquals(200, download.status());
        assertTrue(download.contentType(), download.contentType().replace(" ", "").equalsIgnoreCase(
                "text/csv;charset=windows-1252"));
        assertEquals("attachment; filename=\"" + stapel + "\"", download.disposition());
        Path file = Files.createTempDirectory("debitum-api-datev").resolve(stapel);
        Files.write(file, download.content());
        ExtfCheck.check(file);
        String text = new String(download.content(), Charset.forName("windows-1252"));
        assertTrue(text, text.contains("119,00;\"S\";\"EUR\""));

        Download debitoren = download("/tenants/datev-gmbh/ledger/exports/" + exportId
                + "/files/EXTF_Debitoren_Kreditoren.csv", clerk);
        Path debitorenFile = file.resolveSibling("EXTF_Debitoren_Kreditoren.csv");
        Files.write(debitorenFile, debitoren.content());
        ExtfCheck.check(debitorenFile);
        // € is byte 0x80 in Windows-1252; UTF-8 would send three bytes.
        assertTrue(new String(debitoren.content(), Charset.forName("windows-1252")).contains("\"Müller € Söhne GmbH\""));

        assertEquals(404, download("/tenants/datev-gmbh/ledger/exports/" + exportId + "/files/EXTF_none.csv", clerk)
                .status());
        assertEquals(404, api.get("/tenants/datev-gmbh/ledger/exports/" + (exportId + 1000), clerk).status());
        ApiClient.Response lock = api.json("POST", "/tenants/datev-gmbh/ledger/periods/2026-03/lock", token, null);
        assertEquals(lock.toString(), 200, lock.status());
        assertTrue(lock.body(), lock.body().contains("\"state\":\"locked\""));
        assertTrue(lock.body(), lock.body().contains("\"lockedNow\":true"));
    }

    /** Status, headers and raw bytes of a file download. */
    private record Download(int status, String contentType, String disposition, byte[] content) {
    }

    private Download download(String path, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:"
                + System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY) + "/api/v1" + path).openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        int status = connection.getResponseCode();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (stream != null) {
                stream.transferTo(bytes);
            }
        }
        return new Download(status, connection.getContentType(), connection.getHeaderField("Content-Disposition"),
                bytes.toByteArray());
    }

    @Test
    public void apiKeysAreShownOnceLimitedAndRevocable() throws Exception {
        ApiClient api = client();
        String admin = adminToken(api);
        createTenant(api, admin, "key-gmbh");

        ApiClient.Response created = api.json("POST", "/tenants/key-gmbh/api-keys", admin,
                "{\"label\":\"ERP\",\"role\":\"clerk\"}");
        assertEquals(created.toString(), 201, created.status());
        String key = created.text("key");
        assertNotNull(created.toString(), key);
        ApiClient.Response listed = api.get("/tenants/key-gmbh/api-keys", admin);
        assertTrue(listed.body(), listed.body().contains("\"label\":\"ERP\""));
        assertTrue("the list shows the key itself: " + listed.body(), !listed.body().contains(key));

        ApiClient.Response issued = api.json("POST", "/auth/token", null, "{\"apiKey\":\"" + key + "\"}");
        assertEquals(issued.toString(), 200, issued.status());
        String token = issued.text("token");
        assertNull("an API key gets no refresh token: " + issued, issued.text("refreshToken"));
        ApiClient.Response me = api.get("/me", token);
        assertEquals(me.toString(), "api-key", me.text("kind"));
        assertEquals(403, api.get("/tenants/key-gmbh/users", token).status());

        // The token request and /me above count too; the limit is RATE_LIMIT per minute.
        ApiClient.Response limited = null;
        for (int i = 0; i < Integer.parseInt(RATE_LIMIT) + 2 && limited == null; i++) {
            ApiClient.Response response = api.get("/me", token);
            if (response.status() == 429) {
                limited = response;
            }
        }
        assertNotNull("no 429 after " + RATE_LIMIT + " requests", limited);
        assertEquals("rate_limited", limited.text("code"));
        assertNotNull(limited.retryAfter());

        long id = created.number("id");
        assertEquals(204, api.call("DELETE", "/tenants/key-gmbh/api-keys/" + id, admin, null, null, null).status());
        assertEquals(401, api.get("/me", token).status());
        assertEquals(401, api.json("POST", "/auth/token", null, "{\"apiKey\":\"" + key + "\"}").status());
    }

    @Test
    public void errorsAreJsonInTheCallersLanguage() throws Exception {
        ApiClient api = client();
        String admin = adminToken(api);

        ApiClient.Response german = api.get("/tenants/no-such", admin);
        assertEquals(404, german.status());
        assertEquals("not_found", german.text("code"));
        assertTrue(german.toString(), german.text("message").startsWith("Mandant"));
        ApiClient.Response english = api.call("GET", "/tenants/no-such", admin, null, null, "en-US,en;q=0.9");
        assertTrue(english.toString(), english.text("message").startsWith("Tenant"));
        assertEquals("en", english.contentLanguage());

        ApiClient.Response badJson = api.call("POST", "/tenants", admin, "{".getBytes(StandardCharsets.UTF_8),
                "application/json", null);
        assertEquals(badJson.toString(), 400, badJson.status());
        ApiClient.Response tooLarge = api.call("POST", "/tenants", admin, new byte[70 * 1024], "application/json", null);
        assertEquals(tooLarge.toString(), 413, tooLarge.status());
        assertEquals(400, api.get("/tenants?size=501", admin).status());
        assertEquals(400, api.get("/tenants?page=-1", admin).status());
        assertEquals(401, login(api, "admin", "wrong password").status());
        assertEquals(404, api.get("/no-such-endpoint", admin).status());
        assertEquals(405, api.call("DELETE", "/tenants", admin, null, null, null).status());

        ApiClient.Response openApi = api.get("/openapi.json", null);
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("\"/tenants/{t}/documents\""));
        assertEquals(200, api.get("/health", null).status());
    }

    @Test
    public void disabledUserLosesAccessAtOnce() throws Exception {
        ApiClient api = client();
        String admin = adminToken(api);
        createTenant(api, admin, "off-gmbh");
        createUser(api, admin, "off-gmbh", "off-clerk", "clerk");
        ApiClient.Response signedIn = login(api, "off-clerk", "off-clerk-password");
        String token = signedIn.text("token");
        String refreshToken = signedIn.text("refreshToken");
        assertNotNull("a password sign-in brings a refresh token: " + signedIn, refreshToken);
        assertEquals(200, api.get("/me", token).status());
        assertEquals("a refresh token is no bearer token", 401, api.get("/me", refreshToken).status());
        assertEquals("a bearer token is no refresh token", 401, refresh(api, token).status());
        ApiClient.Response refreshed = refresh(api, refreshToken);
        assertEquals(refreshed.toString(), 200, refreshed.status());
        assertEquals(200, api.get("/me", refreshed.text("token")).status());

        ApiClient.Response disabled = api.json("POST", "/tenants/off-gmbh/users/off-clerk/disable", admin, null);
        assertTrue(disabled.toString(), disabled.body().contains("\"enabled\":false"));

        assertEquals(401, api.get("/me", token).status());
        assertEquals(401, login(api, "off-clerk", "off-clerk-password").status());
        assertEquals(401, refresh(api, refreshed.text("refreshToken")).status());
    }

    private static ApiClient.Response refresh(ApiClient api, String refreshToken) throws IOException {
        return api.json("POST", "/auth/refresh", null, "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    @FunctionalInterface
    private interface Call {
        ApiClient.Response run() throws IOException;
    }

    private static ApiClient.Response await(Call call, java.util.function.Predicate<ApiClient.Response> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        ApiClient.Response response = call.run();
        while (!done.test(response)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 90 s; last response: " + response);
            }
            Thread.sleep(250);
            response = call.run();
        }
        return response;
    }
}
