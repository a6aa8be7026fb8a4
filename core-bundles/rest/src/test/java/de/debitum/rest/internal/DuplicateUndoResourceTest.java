package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultImportBatchStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.testing.TestDatabase;

/** Undoing a duplicate decision through {@code POST /payments/{id}/undo-duplicate} on the real datacenter. */
class DuplicateUndoResourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<TestDatabase.Kind, Hub> HUBS = new EnumMap<>(TestDatabase.Kind.class);

    /** The datacenter on one database and the routes on top of it. */
    private record Hub(DefaultTenantStore tenants, DefaultIngestionService ingestion, DefaultPaymentStore payments,
                       Router router) {
    }

    /** A tenant whose PayPal payment repeats the bank's payment. */
    private record Duplicate(TenantId tenant, long batchId, long original, long duplicate) {
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Hub hub(TestDatabase.Kind kind) {
        return HUBS.computeIfAbsent(kind, key -> {
            DatacenterPersistence persistence = RouteCalls.persistence(key, CLOCK);
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultPaymentStore payments = new DefaultPaymentStore(persistence);
            ApiServices services = new ApiServices(tenants, null, null, null, null, null, null, null,
                    new DefaultImportBatchStore(persistence), null, null, null, null, null, null, null, payments, null,
                    null, null, null, null, null, null, null, null, CLOCK, 0);
            return new Hub(tenants, new DefaultIngestionService(persistence), payments, ApiApplication.routes(services));
        });
    }

    private static PaymentData payment(String externalId, String endToEndId) {
        return new PaymentData(externalId, "DE02120300000000202051", LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 2, 20), Money.euro("50.00"), "Müller Maschinenbau GmbH", "DE89370400440532013000",
                "COBADEFFXXX", "RE-1 Kd K-1", endToEndId, null, null, null, null, null, false);
    }

    private static Duplicate duplicate(Hub hub) {
        TenantId tenant = TenantId.of("dup-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        hub.tenants().create(tenant, "Tenant " + tenant);
        hub.ingestion().ingest(IngestionBatch.of(tenant, "camt", "bank", List.<CanonicalRecord>of(payment("ntry-1", "E2E-9"))));
        ImportReport provider = hub.ingestion().ingest(IngestionBatch.of(tenant, "paypal", "pp",
                List.<CanonicalRecord>of(payment("pp-1", "E2E-9"))));
        Payment original = hub.payments().findByExternalId(tenant, "camt", "ntry-1").orElseThrow();
        Payment duplicate = hub.payments().findByExternalId(tenant, "paypal", "pp-1").orElseThrow();
        assertThat(duplicate.duplicateOf()).isEqualTo(original.id());
        return new Duplicate(tenant, provider.batchId(), original.id(), duplicate.id());
    }

    private static JsonNode json(Hub hub, TenantId tenant, Role role, String method, String path) throws Exception {
        return Json.MAPPER.valueToTree(RouteCalls.handle(hub.router(), tenant, role, method, path, null));
    }

    private static ApiException rejection(Hub hub, TenantId tenant, String path) {
        return catchThrowableOfType(() -> json(hub, tenant, Role.CLERK, "POST", path), ApiException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void clerkUndoesDuplicate(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        Duplicate duplicate = duplicate(hub);
        JsonNode batch = json(hub, duplicate.tenant(), Role.CLERK, "GET", "/imports/" + duplicate.batchId());
        assertThat(batch.path("duplicateNotices").get(0).path("paymentId").asLong()).isEqualTo(duplicate.duplicate());
        assertThat(batch.path("duplicateNotices").get(0).path("undone").asBoolean()).isFalse();

        JsonNode undone = json(hub, duplicate.tenant(), Role.CLERK, "POST",
                "/payments/" + duplicate.duplicate() + "/undo-duplicate");

        assertThat(undone.path("id").asLong()).isEqualTo(duplicate.duplicate());
        assertThat(undone.path("source").asText()).isEqualTo("paypal");
        assertThat(undone.path("duplicateOf").isNull()).isTrue();
        assertThat(undone.path("formerDuplicateOf").asLong()).isEqualTo(duplicate.original());
        assertThat(hub.payments().find(duplicate.tenant(), duplicate.duplicate()).orElseThrow().isDuplicate()).isFalse();
        JsonNode batchAfter = json(hub, duplicate.tenant(), Role.CLERK, "GET", "/imports/" + duplicate.batchId());
        assertThat(batchAfter.path("duplicateNotices").get(0).path("undone").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tenantAdminUndoesDuplicate(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        Duplicate duplicate = duplicate(hub);

        json(hub, duplicate.tenant(), Role.TENANT_ADMIN, "POST", "/payments/" + duplicate.duplicate() + "/undo-duplicate");

        assertThat(hub.payments().find(duplicate.tenant(), duplicate.duplicate()).orElseThrow().isDuplicate()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void secondUndoIsConflict(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        Duplicate duplicate = duplicate(hub);
        String path = "/payments/" + duplicate.duplicate() + "/undo-duplicate";
        json(hub, duplicate.tenant(), Role.CLERK, "POST", path);

        ApiException again = rejection(hub, duplicate.tenant(), path);
        ApiException original = rejection(hub, duplicate.tenant(), "/payments/" + duplicate.original() + "/undo-duplicate");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text().de()).isEqualTo("Die Zahlung " + duplicate.duplicate() + " ist nicht als Dublette"
                + " markiert, also gibt es nichts rückgängig zu machen. Bitte die Ansicht neu laden.");
        assertThat(again.text().en()).contains("Payment " + duplicate.duplicate() + " is not marked as a duplicate");
        assertThat(original.status()).isEqualTo(409);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownOrForeignPaymentIsNotFound(TestDatabase.Kind kind) {
        Hub hub = hub(kind);
        Duplicate duplicate = duplicate(hub);
        Duplicate other = duplicate(hub);

        ApiException unknown = rejection(hub, duplicate.tenant(), "/payments/999999999/undo-duplicate");
        ApiException foreign = rejection(hub, other.tenant(), "/payments/" + duplicate.duplicate() + "/undo-duplicate");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text().de()).isEqualTo("Zahlung 999999999 nicht gefunden.");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(hub.payments().find(duplicate.tenant(), duplicate.duplicate()).orElseThrow().isDuplicate()).isTrue();
    }
}
