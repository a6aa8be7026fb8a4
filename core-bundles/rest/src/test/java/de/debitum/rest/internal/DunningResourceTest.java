package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultCoverageService;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultDunningStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.dunning.internal.calculation.BaseRateTable;
import de.debitum.dunning.internal.run.DefaultDunningRunService;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.testing.TestDatabase;

/**
 * The dunning endpoints on the real datacenter and dunning service, called through the route
 * table as the servlet calls them. Role and tenant checks are the servlet's, tested in ApiIT.
 */
class DunningResourceTest {

    /** 2025-01-23 in Berlin: ten days after the invoices fall due. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-23T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DUE = LocalDate.of(2025, 1, 13);
    private static final Map<TestDatabase.Kind, Hub> HUBS = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    /** The datacenter on one database and the routes on top of it. */
    private record Hub(DatacenterPersistence persistence, DefaultIngestionService ingestion, DefaultTenantStore tenants,
                       DefaultAuditTrail audit, Router router) {
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Hub hub(TestDatabase.Kind kind) {
        return HUBS.computeIfAbsent(kind, key -> {
            DatacenterPersistence persistence = RouteCalls.persistence(key, CLOCK);
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultDebtorStore debtors = new DefaultDebtorStore(persistence);
            DefaultDocumentStore documents = new DefaultDocumentStore(persistence);
            DefaultAuditTrail audit = new DefaultAuditTrail(persistence);
            DefaultDunningStore store = new DefaultDunningStore(persistence);
            DefaultDunningRunService dunning = new DefaultDunningRunService(store, new DefaultAllocationStore(persistence),
                    debtors, new DefaultCoverageService(persistence), BaseRateTable.bundled(), CLOCK);
            ApiServices services = new ApiServices(tenants, null, null, null, documents, debtors, audit, null, null,
                    null, null, null, null, null, null, null, null, null, null, dunning, store, null, null, null, null, null,
                    CLOCK, 0);
            return new Hub(persistence, new DefaultIngestionService(persistence), tenants, audit,
                    ApiApplication.routes(services));
        });
    }

    /** Creates a tenant with two business debtors, each with one invoice overdue since {@link #DUE}. */
    private static TenantId tenantWithOverdueInvoices(Hub hub) {
        TenantId tenant = TenantId.of("dr" + TENANTS.incrementAndGet() + "-" + System.nanoTime() % 100000);
        hub.tenants().create(tenant, "Tenant " + tenant);
        List<CanonicalRecord> records = List.of(debtor("A"), invoice("RE-A", "A"), debtor("B"), invoice("RE-B", "B"));
        LocalDate from = LocalDate.of(2024, 12, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        ImportReport invoices = hub.ingestion().ingest(IngestionBatch.of(tenant, "erp", "erp-1", records)
                .withCoverage(new CoveragePeriod(DataKind.INVOICES, from, to)));
        assertThat(invoices.rejections()).isEmpty();
        hub.ingestion().ingest(IngestionBatch.of(tenant, "bank", "bank-1", List.of())
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, from, to)));
        return tenant;
    }

    private static DebtorData debtor(String id) {
        return new DebtorData(id, "K-" + id, "Firma " + id, new PostalAddress("Hauptstraße 1", null, "04109", "Leipzig",
                "DE"), id.toLowerCase(Locale.ROOT) + "@example.com", "de", false, null, null, List.of());
    }

    private static DocumentData invoice(String number, String debtor) {
        Money gross = Money.euro("119.00");
        return new DocumentData(number, debtor, DocumentKind.INVOICE, number, DUE.minusDays(14), DUE, null, null,
                Money.EUR, List.of(new VatLine("S", new BigDecimal("19.00"), Money.euro("100.00"), Money.euro("19.00"))),
                gross, null, null, null, null, null, true);
    }

    private static JsonNode call(Hub hub, TenantId tenant, Role role, String method, String path, String body)
            throws Exception {
        return Json.MAPPER.valueToTree(RouteCalls.handle(hub.router(), tenant, role, method, path, body));
    }

    private static JsonNode admin(Hub hub, TenantId tenant, String method, String path, String body) throws Exception {
        return call(hub, tenant, Role.TENANT_ADMIN, method, path, body);
    }

    private static String codeOf(ApiException e) {
        return e.status() + " " + e.code();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void previewRunAndApprove(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithOverdueInvoices(hub);

        JsonNode preview = call(hub, tenant, Role.CLERK, "GET", "/dunning/preview", null);
        assertThat(preview.get("preview").asBoolean()).isTrue();
        assertThat(preview.get("runDate").asText()).isEqualTo("2025-01-23");
        assertThat(preview.get("noticeCount").asInt()).isEqualTo(2);
        assertThat(preview.get("notices").get(0).get("noticeId").isNull()).isTrue();
        assertThat(preview.get("notices").get(0).get("status").asText()).isEqualTo("awaiting_approval");
        assertThat(preview.get("notices").get(0).get("total").asText()).isEqualTo("119.00");

        JsonNode run = admin(hub, tenant, "POST", "/dunning/runs", null);
        assertThat(run.get("preview").asBoolean()).isFalse();
        assertThat(run.get("runId").asLong()).isPositive();
        assertThat(run.get("noticeCount").asInt()).isEqualTo(2);
        JsonNode rerun = admin(hub, tenant, "POST", "/dunning/runs?date=2025-01-23", null);
        assertThat(rerun.get("noticeCount").asInt()).isZero();
        assertThat(rerun.get("skipped").get(0).get("reasonCode").asText()).isEqualTo("ALREADY_DUNNED_TODAY");
        assertThat(rerun.get("skipped").get(0).get("messageDe").asText()).startsWith("Heute wurde bereits gemahnt");

        JsonNode waiting = call(hub, tenant, Role.CLERK, "GET", "/dunning/notices?state=awaiting_approval", null);
        assertThat(waiting.get("items")).hasSize(2);
        JsonNode first = waiting.get("items").get(0);
        assertThat(first.get("debtorName").asText()).isEqualTo("Firma A");
        assertThat(first.get("items").get(0).get("documentNumber").asText()).isEqualTo("RE-A");

        JsonNode approved = admin(hub, tenant, "POST", "/dunning/notices/" + first.get("id").asLong() + "/approve", null);
        assertThat(approved.get("status").asText()).isEqualTo("approved");
        assertThat(approved.get("statusChangedBy").asText()).isEqualTo("anna");
        assertThat(call(hub, tenant, Role.CLERK, "GET", "/dunning/notices?state=awaiting_approval", null).get("items"))
                .hasSize(1);
        long documentId = first.get("items").get(0).get("documentId").asLong();
        assertThat(hub.audit().forDocument(tenant, documentId)).extracting(AuditEvent::actor).contains("anna");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void noticesArePagedById(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithOverdueInvoices(hub);
        admin(hub, tenant, "POST", "/dunning/runs", null);

        JsonNode first = call(hub, tenant, Role.CLERK, "GET", "/dunning/notices?size=1", null);
        JsonNode second = call(hub, tenant, Role.CLERK, "GET", "/dunning/notices?size=1&after="
                + first.get("next").asLong(), null);
        JsonNode last = call(hub, tenant, Role.CLERK, "GET", "/dunning/notices?size=1&after="
                + second.get("next").asLong(), null);

        assertThat(first.get("items").get(0).get("debtorName").asText()).isEqualTo("Firma A");
        assertThat(second.get("items").get(0).get("debtorName").asText()).isEqualTo("Firma B");
        assertThat(last.get("items")).isEmpty();
        assertThat(last.get("next").isNull()).isTrue();
        assertThatThrownBy(() -> call(hub, tenant, Role.CLERK, "GET", "/dunning/notices?state=sent", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .contains("Invalid status 'sent'").contains("awaiting_approval"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void postponeEditAndCancel(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithOverdueInvoices(hub);
        JsonNode run = admin(hub, tenant, "POST", "/dunning/runs", null);
        long a = run.get("notices").get(0).get("noticeId").asLong();
        long b = run.get("notices").get(1).get("noticeId").asLong();

        JsonNode postponed = admin(hub, tenant, "POST", "/dunning/notices/" + a + "/postpone", "{\"until\":\"2025-02-03\"}");
        assertThat(postponed.get("status").asText()).isEqualTo("postponed");
        assertThat(postponed.get("postponedUntil").asText()).isEqualTo("2025-02-03");
        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/notices/" + a + "/postpone",
                "{\"until\":\"2025-01-23\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .contains("'until' 2025-01-23 must be after today (2025-01-23)"));

        JsonNode edited = admin(hub, tenant, "PUT", "/dunning/notices/" + a,
                "{\"paymentDeadline\":\"2025-02-14\",\"fee\":\"1.50\"}");
        assertThat(edited.get("paymentDeadline").asText()).isEqualTo("2025-02-14");
        assertThat(edited.get("fee").asText()).isEqualTo("1.50");
        assertThatThrownBy(() -> admin(hub, tenant, "PUT", "/dunning/notices/" + a, "{}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en()).startsWith("Nothing to change"));
        assertThatThrownBy(() -> admin(hub, tenant, "PUT", "/dunning/notices/" + a, "{\"paymentDeadline\":\"14.02.2025\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .contains("Invalid date '14.02.2025' for 'paymentDeadline'"));

        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/notices/" + b + "/cancel", "{}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .isEqualTo("The field 'reason' is missing."));
        JsonNode cancelled = admin(hub, tenant, "POST", "/dunning/notices/" + b + "/cancel",
                "{\"reason\":\"Kunde hat telefonisch Zahlung zugesagt\"}");
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(hub.audit().forDebtor(tenant, cancelled.get("debtorId").asLong())).extracting(AuditEvent::details)
                .contains("Dunning notice cancelled: Kunde hat telefonisch Zahlung zugesagt");

        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/notices/" + b + "/approve", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(codeOf(e)).isEqualTo("409 conflict"));
        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/notices/999999/approve", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(codeOf(e)).isEqualTo("404 not_found"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void blockSkipsDebtorUntilEnded(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithOverdueInvoices(hub);
        long debtorA = call(hub, tenant, Role.CLERK, "GET", "/dunning/preview", null)
                .get("notices").get(0).get("debtorId").asLong();

        JsonNode block = admin(hub, tenant, "POST", "/dunning/blocks",
                "{\"debtorId\":" + debtorA + ",\"kind\":\"dispute\",\"reason\":\"Lieferung bestritten\"}");
        assertThat(block.get("debtorName").asText()).isEqualTo("Firma A");
        assertThat(block.get("from").asText()).isEqualTo("2025-01-23");
        assertThat(block.get("until").isNull()).isTrue();

        JsonNode blocked = call(hub, tenant, Role.CLERK, "GET", "/dunning/preview", null);
        assertThat(blocked.get("noticeCount").asInt()).isEqualTo(1);
        assertThat(blocked.get("skipped").get(0).get("reasonCode").asText()).isEqualTo("BLOCKED_DISPUTE");
        JsonNode list = call(hub, tenant, Role.CLERK, "GET", "/dunning/blocks", null);
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("reason").asText()).isEqualTo("Lieferung bestritten");

        JsonNode ended = admin(hub, tenant, "POST", "/dunning/blocks/" + block.get("id").asLong() + "/end", null);
        assertThat(ended.get("lifted").asBoolean()).isTrue();
        assertThat(call(hub, tenant, Role.CLERK, "GET", "/dunning/blocks", null).get("items")).isEmpty();
        assertThat(call(hub, tenant, Role.CLERK, "GET", "/dunning/preview", null).get("noticeCount").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidBlocksAreRejected(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithOverdueInvoices(hub);
        long debtor = call(hub, tenant, Role.CLERK, "GET", "/dunning/preview", null)
                .get("notices").get(0).get("debtorId").asLong();

        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/blocks",
                "{\"debtorId\":" + debtor + ",\"kind\":\"promise_to_pay\",\"reason\":\"Zusage\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A promise to pay needs an end date");
        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/blocks",
                "{\"debtorId\":" + debtor + ",\"kind\":\"holiday\",\"reason\":\"x\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .isEqualTo("Invalid value 'holiday' for 'kind': use one of DISPUTE, INSTALMENTS, PROMISE_TO_PAY."));
        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/blocks",
                "{\"debtorId\":-4,\"kind\":\"dispute\",\"reason\":\"x\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .startsWith("Invalid id '-4' for 'debtorId'"));
        assertThatThrownBy(() -> admin(hub, tenant, "POST", "/dunning/blocks/999999/end", null))
                .isInstanceOf(de.debitum.api.store.NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void policyRoundTripAndValidation(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = tenantWithOverdueInvoices(hub);

        JsonNode policy = call(hub, tenant, Role.CLERK, "GET", "/dunning/policy", null);
        assertThat(policy.get("levels")).hasSize(4);
        assertThat(policy.get("levels").get(1).get("fee").asText()).isEqualTo("2.50");
        assertThat(policy.get("autoSend").asBoolean()).isFalse();

        String changed = policy.toString().replace("\"autoSend\":false", "\"autoSend\":true")
                .replace("\"minimumOpenAmount\":\"5.00\"", "\"minimumOpenAmount\":\"200.00\"");
        JsonNode saved = admin(hub, tenant, "PUT", "/dunning/policy", changed);
        assertThat(saved.get("autoSend").asBoolean()).isTrue();
        assertThat(saved.get("minimumOpenAmount").asText()).isEqualTo("200.00");
        JsonNode preview = call(hub, tenant, Role.CLERK, "GET", "/dunning/preview", null);
        assertThat(preview.get("noticeCount").asInt()).isZero();
        assertThat(preview.get("skipped").get(0).get("reasonCode").asText()).isEqualTo("BELOW_MINIMUM_AMOUNT");

        String warning = policy.toString().replace("\"fee\":\"2.50\"", "\"fee\":\"5.00\"");
        assertThat(admin(hub, tenant, "PUT", "/dunning/policy", warning).get("warnings").get(0).get("field").asText())
                .isEqualTo("levels[1].fee");
        String negative = policy.toString().replace("\"graceDays\":3", "\"graceDays\":-1");
        assertThatThrownBy(() -> admin(hub, tenant, "PUT", "/dunning/policy", negative))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grace days: -1 is not between 0 and 30");
        String text = policy.toString().replace("\"delayDays\":7", "\"delayDays\":\"seven\"");
        assertThatThrownBy(() -> admin(hub, tenant, "PUT", "/dunning/policy", text))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .isEqualTo("'levels[0].delayDays' must be a whole number of days, such as 14."));
        String fee = policy.toString().replace("\"fee\":\"0.00\"", "\"fee\":\"zwei\"");
        assertThatThrownBy(() -> admin(hub, tenant, "PUT", "/dunning/policy", fee))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.text().en())
                        .startsWith("Invalid amount 'zwei' for 'levels[0].fee'"));
        // The rejected policies changed nothing.
        assertThat(call(hub, tenant, Role.CLERK, "GET", "/dunning/policy", null).get("minimumOpenAmount").asText())
                .isEqualTo("5.00");
    }
}
