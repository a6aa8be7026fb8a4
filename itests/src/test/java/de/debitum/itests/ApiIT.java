package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
            new Endpoint("POST", "/tenants/{t}/dunning/blocks/1/end", null, Needs.ADMIN));

    @Inject
    private BootFinished bootFinished;

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

    /**
     * Signs in as admin, waiting for the hub to create the first operator. The hub prefers
     * DEBITUM_ADMIN_PASSWORD over the file when the build's environment sets it.
     */
    private String adminToken(ApiClient api) throws Exception {
        String fromEnvironment = System.getenv("DEBITUM_ADMIN_PASSWORD");
        String password = fromEnvironment == null || fromEnvironment.isBlank() ? ADMIN_PASSWORD : fromEnvironment.strip();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        ApiClient.Response response;
        do {
            response = login(api, "admin", password);
            if (response.status() == 200) {
                return response.text("token");
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("admin cannot sign in: " + response);
    }

    private static ApiClient.Response login(ApiClient api, String user, String password) throws IOException {
        return api.json("POST", "/auth/token", null, "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
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
        String type = endpoint.path().contains("/uploads") ? "text/csv" : "application/json";
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

        // The clerk reads its own tenant; the operator reads both.
        assertEquals(200, api.get("/tenants/acl-a/documents", clerk).status());
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
        assertEquals(501, api.json("POST", "/tenants/flow-gmbh/connectors/flow-gmbh.csv/run", token, null).status());

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
        String token = token(api, "off-clerk", "off-clerk-password");
        assertEquals(200, api.get("/me", token).status());

        ApiClient.Response disabled = api.json("POST", "/tenants/off-gmbh/users/off-clerk/disable", admin, null);
        assertTrue(disabled.toString(), disabled.body().contains("\"enabled\":false"));

        assertEquals(401, api.get("/me", token).status());
        assertEquals(401, login(api, "off-clerk", "off-clerk-password").status());
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
