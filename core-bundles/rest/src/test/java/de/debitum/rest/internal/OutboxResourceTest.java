package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.NewOutboxEntry;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultOutboxStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.testing.TestDatabase;

/** The outbox endpoints on the real datacenter, called through the route table as the servlet calls them. */
class OutboxResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] PDF = "%PDF-1.7\n% test letter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Map<TestDatabase.Kind, Hub> HUBS = new EnumMap<>(TestDatabase.Kind.class);

    /** The datacenter on one database and the routes on top of it. */
    private record Hub(DefaultTenantStore tenants, DefaultIngestionService ingestion, DefaultDebtorStore debtors,
                       DefaultOutboxStore outbox, DefaultAuditTrail audit, Router router) {
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Hub hub(TestDatabase.Kind kind) {
        return HUBS.computeIfAbsent(kind, key -> {
            DatacenterPersistence persistence = RouteCalls.persistence(key, CLOCK);
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultDebtorStore debtors = new DefaultDebtorStore(persistence);
            DefaultAuditTrail audit = new DefaultAuditTrail(persistence);
            DefaultOutboxStore outbox = new DefaultOutboxStore(persistence);
            ApiServices services = new ApiServices(tenants, null, null, null, null, debtors, audit, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, outbox, null, null, null, null, CLOCK,
                    0);
            return new Hub(tenants, new DefaultIngestionService(persistence), debtors, outbox, audit,
                    ApiApplication.routes(services));
        });
    }

    /** Creates a tenant with the debtor {@code K-1} and returns it with the debtor's id. */
    private static TenantId tenantWithDebtor(Hub hub, String name) {
        TenantId tenant = TenantId.of("ob-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        hub.tenants().create(tenant, "Tenant " + tenant);
        DebtorData debtor = new DebtorData("K-1", "K-1", name, new PostalAddress("Hauptstraße 1", null, "04109",
                "Leipzig", "DE"), "buchhaltung@example.com", "de", false, null, null, List.of());
        hub.ingestion().ingest(IngestionBatch.of(tenant, "erp", "erp-1", List.<CanonicalRecord>of(debtor)));
        return tenant;
    }

    private static long debtorId(Hub hub, TenantId tenant) {
        return hub.debtors().findByExternalId(tenant, "erp", "K-1").orElseThrow().id();
    }

    private static long enqueue(Hub hub, TenantId tenant, String key, OutboxChannel channel, Long debtorId) {
        String recipient = channel == OutboxChannel.EMAIL ? "buchhaltung@example.com" : "Firma A\nHauptstraße 1\n04109 Leipzig";
        return hub.outbox().enqueue(tenant, new NewOutboxEntry(key, channel, recipient, OutboxDocumentKind.DUNNING_LETTER,
                "run-1", debtorId, null, "de", "Zahlungserinnerung " + key, null, "Mahnung-" + key + ".pdf", PDF))
                .entry().id();
    }

    private static Object handle(Hub hub, TenantId tenant, Role role, String method, String path) throws Exception {
        return RouteCalls.handle(hub.router(), tenant, role, method, path, null);
    }

    private static JsonNode json(Hub hub, TenantId tenant, Role role, String method, String path) throws Exception {
        return Json.MAPPER.valueToTree(handle(hub, tenant, role, method, path));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void listFiltersAndPages(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithDebtor(hub, "Firma Ä & Söhne");
        long debtor = debtorId(hub, tenant);
        long first = enqueue(hub, tenant, "notice-1", OutboxChannel.PRINT, debtor);
        long second = enqueue(hub, tenant, "notice-2", OutboxChannel.EMAIL, debtor);
        long third = enqueue(hub, tenant, "notice-3", OutboxChannel.EMAIL, null);
        hub.outbox().markSent(tenant, second, "<m2@example.com>", NOW, "output:email");
        hub.outbox().markFailed(tenant, third, "Postfach existiert nicht", null, NOW);

        JsonNode all = json(hub, tenant, Role.CLERK, "GET", "/outbox");
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("items").findValuesAsText("id")).containsExactly(String.valueOf(third),
                String.valueOf(second), String.valueOf(first));
        JsonNode printed = all.get("items").get(2);
        assertThat(printed.get("status").asText()).isEqualTo("queued");
        assertThat(printed.get("channel").asText()).isEqualTo("print");
        assertThat(printed.get("kind").asText()).isEqualTo("dunning_letter");
        assertThat(printed.get("debtorName").asText()).isEqualTo("Firma Ä & Söhne");
        assertThat(printed.get("documentKey").asText()).isEqualTo("notice-1");
        assertThat(printed.get("pdfSize").asInt()).isEqualTo(PDF.length);
        assertThat(all.get("items").get(0).get("debtorName").isNull()).isTrue();

        JsonNode sent = json(hub, tenant, Role.CLERK, "GET", "/outbox?status=sent");
        assertThat(sent.get("total").asLong()).isEqualTo(1);
        assertThat(sent.get("items").get(0).get("messageId").asText()).isEqualTo("<m2@example.com>");
        assertThat(sent.get("items").get(0).get("sentAt").asText()).isEqualTo(NOW.toString());

        JsonNode failed = json(hub, tenant, Role.CLERK, "GET", "/outbox?status=failed_final&channel=email");
        assertThat(failed.get("items").findValuesAsText("id")).containsExactly(String.valueOf(third));
        assertThat(failed.get("items").get(0).get("lastError").asText()).isEqualTo("Postfach existiert nicht");

        JsonNode secondPage = json(hub, tenant, Role.CLERK, "GET", "/outbox?size=1&page=1");
        assertThat(secondPage.get("items").findValuesAsText("id")).containsExactly(String.valueOf(second));
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidFilterNamesValue(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithDebtor(hub, "Firma B");

        assertThatThrownBy(() -> handle(hub, tenant, Role.CLERK, "GET", "/outbox?status=delivered"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.text().en()).contains("'delivered'", "failed_final");
                });
        assertThatThrownBy(() -> handle(hub, tenant, Role.CLERK, "GET", "/outbox?channel=fax"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().de()).contains("'fax'", "print"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pdfDownloadIsAudited(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithDebtor(hub, "Firma C");
        long debtor = debtorId(hub, tenant);
        long id = enqueue(hub, tenant, "Mahnung Ü/7", OutboxChannel.PRINT, debtor);

        Object result = handle(hub, tenant, Role.CLERK, "GET", "/outbox/" + id + "/pdf");

        assertThat(result).isInstanceOf(FileDownload.class);
        FileDownload download = (FileDownload) result;
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.fileName()).isEqualTo("Mahnung-Mahnung_Ue_7.pdf");
        List<AuditEvent> events = hub.audit().forDebtor(tenant, debtor).stream()
                .filter(event -> event.type() == AuditEventType.EXPORTED).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).subjectId()).isEqualTo(String.valueOf(id));
        assertThat(events.get(0).actor()).isEqualTo("clara");
        assertThat(events.get(0).details()).contains("PDF", "print");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void otherTenantsEntryIsNotFound(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId owner = tenantWithDebtor(hub, "Firma D");
        TenantId other = tenantWithDebtor(hub, "Firma E");
        long id = enqueue(hub, owner, "notice-d", OutboxChannel.PRINT, null);

        for (String path : List.of("/outbox/" + id, "/outbox/" + id + "/pdf", "/outbox/abc")) {
            assertThatThrownBy(() -> handle(hub, other, Role.CLERK, "GET", path))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
        assertThatThrownBy(() -> handle(hub, other, Role.TENANT_ADMIN, "POST", "/outbox/" + id + "/retry"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(json(hub, owner, Role.CLERK, "GET", "/outbox/" + id).get("id").asLong()).isEqualTo(id);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void retryQueuesOnlyFinalFailures(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithDebtor(hub, "Firma F");
        long queued = enqueue(hub, tenant, "notice-f1", OutboxChannel.EMAIL, null);
        long failed = enqueue(hub, tenant, "notice-f2", OutboxChannel.EMAIL, null);
        hub.outbox().markFailed(tenant, failed, "SMTP-Anmeldung abgelehnt", null, NOW);

        assertThatThrownBy(() -> handle(hub, tenant, Role.TENANT_ADMIN, "POST", "/outbox/" + queued + "/retry"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.text().de()).contains("'queued'", "failed_final");
                });

        JsonNode retried = json(hub, tenant, Role.TENANT_ADMIN, "POST", "/outbox/" + failed + "/retry");
        assertThat(retried.get("status").asText()).isEqualTo("queued");
        assertThat(retried.get("attempts").asInt()).isZero();
        assertThat(json(hub, tenant, Role.CLERK, "GET", "/outbox?status=failed_final").get("total").asLong()).isZero();
    }
}
