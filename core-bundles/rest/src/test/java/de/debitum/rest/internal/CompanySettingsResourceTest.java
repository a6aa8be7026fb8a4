package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.company.CompanyLogo;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultCompanyProfileStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultLedgerExportStore;
import de.debitum.datacenter.internal.store.DefaultLedgerStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.ledger.internal.DefaultLedgerService;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.testing.TestDatabase;

/** Company profile, logo, letter preview and ledger settings on the real datacenter, called through the route table. */
class CompanySettingsResourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
    private static final Map<TestDatabase.Kind, Hub> HUBS = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final String PROFILE = """
            {"companyName": "Brunnen & Co. KG", "street": "Am Markt 3", "postcode": "04109", "city": "Leipzig",
             "countryCode": "DE", "iban": "DE89 3704 0044 0532 0130 00", "accentColour": "#8B1A1A"}""";

    private record Hub(DefaultTenantStore tenants, Router router) {
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Hub hub(TestDatabase.Kind kind) {
        return HUBS.computeIfAbsent(kind, key -> {
            DatacenterPersistence persistence = new DatacenterPersistence(TestDatabase.create(key).dataSource(), CLOCK);
            Runtime.getRuntime().addShutdownHook(new Thread(persistence::close));
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultDocumentStore documents = new DefaultDocumentStore(persistence);
            DefaultAuditTrail audit = new DefaultAuditTrail(persistence);
            DefaultLedgerService ledger = new DefaultLedgerService(new DefaultLedgerStore(persistence),
                    new DefaultLedgerExportStore(persistence), documents, audit);
            ApiServices services = new ApiServices(tenants, null, null, null, documents, null, audit, null, null,
                    null, null, new DefaultCompanyProfileStore(persistence), ledger, null, null, null, null, null, null,
                    null, null, null, new DunningLetterRenderer(CLOCK), null, null, null, CLOCK, 0);
            return new Hub(tenants, ApiApplication.routes(services));
        });
    }

    private static TenantId newTenant(Hub hub) {
        TenantId tenant = TenantId.of("cs" + TENANTS.incrementAndGet() + "-" + System.nanoTime() % 100000);
        hub.tenants().create(tenant, "Tenant " + tenant);
        return tenant;
    }

    private static Object call(Hub hub, TenantId tenant, String method, String path, String contentType, byte[] body)
            throws Exception {
        return RouteCalls.call(hub.router(), tenant, Role.TENANT_ADMIN, method, path, contentType, body);
    }

    private static JsonNode json(Hub hub, TenantId tenant, String method, String path, String body) throws Exception {
        return Json.MAPPER.valueToTree(call(hub, tenant, method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Returns the German and the English message of a rejected call. */
    private static LocalizedText rejection(Hub hub, TenantId tenant, String method, String path, String contentType,
                                           byte[] body, int status) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> call(hub, tenant, method, path, contentType, body));
        ApiException error = thrown instanceof ApiException api ? api
                : ApiException.invalidInput((IllegalArgumentException) thrown);
        assertThat(error.status()).as(error.text().en()).isEqualTo(status);
        return error.text();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? 0xFF8B1A1A : 0x00FFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void logoUploadDownloadAndDelete(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        byte[] logo = png(300, 100);

        JsonNode saved = Json.MAPPER.valueToTree(call(hub, tenant, "PUT", "/company-profile/logo", "image/png", logo));
        assertThat(saved.get("mediaType").asText()).isEqualTo(CompanyLogo.PNG);
        assertThat(saved.get("size").asInt()).isEqualTo(logo.length);
        assertThat(saved.get("uploadedBy").asText()).isEqualTo("anna");

        Object download = RouteCalls.call(hub.router(), tenant, Role.CLERK, "GET", "/company-profile/logo", null, null);
        assertThat(download).isInstanceOf(FileDownload.class);
        assertThat(((FileDownload) download).contentType()).isEqualTo("image/png");
        assertThat(((FileDownload) download).content()).isEqualTo(logo);

        assertThat(call(hub, tenant, "DELETE", "/company-profile/logo", null, null)).isNull();
        rejection(hub, tenant, "GET", "/company-profile/logo", null, null, 404);
        rejection(hub, tenant, "DELETE", "/company-profile/logo", null, null, 404);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badLogoGetsAMessageInBothLanguages(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);

        LocalizedText notImage = rejection(hub, tenant, "PUT", "/company-profile/logo", "image/png",
                "%PDF-1.7 not a logo".getBytes(StandardCharsets.US_ASCII), 400);
        assertThat(notImage.de()).startsWith("Die Datei ist kein lesbares PNG- oder JPEG-Bild");
        assertThat(notImage.en()).startsWith("The file is not a readable PNG or JPEG image");

        LocalizedText tooLarge = rejection(hub, tenant, "PUT", "/company-profile/logo", "image/png",
                new byte[CompanyLogo.MAX_BYTES + 1], 413);
        assertThat(tooLarge.de()).contains("1048577 Bytes").contains("1 MiB");
        assertThat(tooLarge.en()).contains("1048577 bytes");

        LocalizedText tiny = rejection(hub, tenant, "PUT", "/company-profile/logo", "image/png", png(10, 300), 400);
        assertThat(tiny.de()).contains("10 × 300 Pixel");
        rejection(hub, tenant, "GET", "/company-profile/logo", null, null, 404);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void letterPreviewIsAPdfWithTheLetterhead(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        LocalizedText noProfile = rejection(hub, tenant, "GET", "/company-profile/letter-preview", null, null, 404);
        assertThat(noProfile.de()).contains("Firmendaten");

        json(hub, tenant, "PUT", "/company-profile", PROFILE);
        call(hub, tenant, "PUT", "/company-profile/logo", "image/png", png(300, 100));
        Object preview = RouteCalls.call(hub.router(), tenant, Role.CLERK, "GET", "/company-profile/letter-preview",
                null, null);

        assertThat(preview).isInstanceOf(FileDownload.class);
        FileDownload pdf = (FileDownload) preview;
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Brunnen & Co. KG").contains("Beispielkunde GmbH").contains("04.12.2026");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void profileErrorIsInTheCallersLanguage(TestDatabase.Kind kind) {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);

        LocalizedText badIban = rejection(hub, tenant, "PUT", "/company-profile", "application/json",
                PROFILE.replace("DE89 3704", "DE88 3704").getBytes(StandardCharsets.UTF_8), 400);

        assertThat(badIban.de()).startsWith("Ungültiger Wert 'DE88370400440532013000' für IBAN");
        assertThat(badIban.en()).startsWith("Invalid iban 'DE88370400440532013000'");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void ledgerSettingsChangeOnlyGivenFields(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        JsonNode defaults = json(hub, tenant, "GET", "/ledger/settings", null);
        assertThat(defaults.get("chart").asText()).isEqualTo("SKR03");
        assertThat(defaults.get("consultantNumber").isNull()).isTrue();
        assertThat(defaults.get("accounts").get("BANK").asInt()).isEqualTo(1200);

        JsonNode saved = json(hub, tenant, "PUT", "/ledger/settings", """
                {"chart": "SKR04", "consultantNumber": 29098, "clientNumber": "55003", "lockOnImport": true,
                 "accounts": {"WRITE_OFF": 6930}, "bankAccounts": {"DE89370400440532013000": 1810}}""");
        assertThat(saved.get("chart").asText()).isEqualTo("SKR04");
        assertThat(saved.get("consultantNumber").asInt()).isEqualTo(29098);
        assertThat(saved.get("clientNumber").asInt()).isEqualTo(55003);
        assertThat(saved.get("lockOnImport").asBoolean()).isTrue();
        assertThat(saved.get("ownAccounts").get("WRITE_OFF").asInt()).isEqualTo(6930);
        assertThat(saved.get("bankAccounts").get("DE89370400440532013000").asInt()).isEqualTo(1810);

        JsonNode reset = json(hub, tenant, "PUT", "/ledger/settings", "{\"consultantNumber\": null}");
        assertThat(reset.get("consultantNumber").isNull()).isTrue();
        assertThat(reset.get("clientNumber").asInt()).isEqualTo(55003);
        assertThat(json(hub, tenant, "GET", "/ledger/settings", null).get("chart").asText()).isEqualTo("SKR04");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidLedgerSettingsAreNamed(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);

        LocalizedText range = rejection(hub, tenant, "PUT", "/ledger/settings", "application/json",
                "{\"consultantNumber\": 12}".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(range.de()).isEqualTo("Beraternummer 12 ist ungültig: erlaubt sind 1001 bis 9999999.");
        assertThat(range.en()).isEqualTo("Invalid consultant number 12: use 1001 to 9999999.");

        LocalizedText unknown = rejection(hub, tenant, "PUT", "/ledger/settings", "application/json",
                "{\"colour\": \"blue\"}".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(unknown.de()).startsWith("Unbekanntes Feld 'colour'");

        LocalizedText chart = rejection(hub, tenant, "PUT", "/ledger/settings", "application/json",
                "{\"chart\": \"SKR99\"}".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(chart.en()).contains("'SKR99'").contains("SKR03");

        LocalizedText nested = rejection(hub, tenant, "PUT", "/ledger/settings", "application/json",
                "{\"accounts\": [1200]}".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(nested.en()).contains("'accounts' must be a JSON object");
        assertThat(json(hub, tenant, "GET", "/ledger/settings", null).get("chart").asText()).isEqualTo("SKR03");
    }
}
