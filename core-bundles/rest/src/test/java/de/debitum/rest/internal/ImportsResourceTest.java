package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
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
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.ingest.ImportProgressRegistry;
import de.debitum.datacenter.internal.ingest.RecordListener;
import de.debitum.datacenter.internal.store.DefaultImportBatchStore;
import de.debitum.datacenter.internal.store.DefaultReceivablesQueries;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.testing.TestDatabase;

/**
 * The import list, the batch detail and the overview show a file that a connector rejected as a
 * whole, and the import progress shows a batch before it commits.
 */
class ImportsResourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<TestDatabase.Kind, Hub> HUBS = new EnumMap<>(TestDatabase.Kind.class);
    private static final FileRejection MISSING_COLUMNS = new FileRejection("rechnungen.csv",
            "Der Kopfzeile fehlen die Spalten [number]. Bitte die Spaltenzuordnung prüfen.",
            "The header row lacks the columns [number]. Check the column mapping.");

    /** The statuses the host reports, per tenant; the tests fill them from the store. */
    private static final Map<TenantId, List<InstanceStatus>> STATUSES = new java.util.concurrent.ConcurrentHashMap<>();

    private record Hub(DatacenterPersistence persistence, DefaultTenantStore tenants, DefaultIngestionService ingestion,
                       ImportProgressRegistry progress, Router router) {
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Hub hub(TestDatabase.Kind kind) {
        return HUBS.computeIfAbsent(kind, key -> {
            DatacenterPersistence persistence = RouteCalls.persistence(key, CLOCK);
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            ImportProgressRegistry progress = new ImportProgressRegistry(CLOCK);
            ApiServices services = new ApiServices(tenants, null, null, new DefaultReceivablesQueries(persistence), null,
                    null, null, null, new DefaultImportBatchStore(persistence), progress, host(), null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, CLOCK, 0);
            return new Hub(persistence, tenants, new DefaultIngestionService(persistence, RecordListener.NONE, progress),
                    progress, ApiApplication.routes(services));
        });
    }

    private static ConnectorHostService host() {
        return (ConnectorHostService) Proxy.newProxyInstance(ImportsResourceTest.class.getClassLoader(),
                new Class<?>[] {ConnectorHostService.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("statuses") && arguments != null && arguments.length == 1) {
                        return STATUSES.getOrDefault((TenantId) arguments[0], List.of());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static TenantId newTenant(Hub hub) {
        TenantId tenant = TenantId.of("imp-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        hub.tenants().create(tenant, "Tenant " + tenant);
        return tenant;
    }

    private static JsonNode get(Hub hub, TenantId tenant, String path) throws Exception {
        return Json.MAPPER.valueToTree(RouteCalls.handle(hub.router(), tenant, Role.CLERK, "GET", path, null));
    }

    /** Returns the status the host gives a running instance whose latest batch the store holds. */
    private static InstanceStatus running(Hub hub, TenantId tenant, String instanceId) {
        return new InstanceStatus(instanceId, tenant, "csv", "1.0.0", InstanceState.RUNNING, null, null, 0, 0, null,
                null, null, hub.ingestion().lastFileRejection(tenant, instanceId).orElse(null));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void listAndDetailShowRejectedFile(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        DebtorData debtor = new DebtorData("K-1", "K-1", "Firma A", null, null, "de", false, null, null, List.of());
        ImportReport records = hub.ingestion().ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-1",
                List.<CanonicalRecord>of(debtor)));
        ImportReport rejected = hub.ingestion().rejectFile(tenant, "csv-1", "csv:invoices", MISSING_COLUMNS);

        JsonNode list = get(hub, tenant, "/imports");
        assertThat(list.get("total").asLong()).isEqualTo(2);
        JsonNode first = list.get("items").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(rejected.batchId());
        assertThat(first.get("received").asInt()).isZero();
        assertThat(first.get("fileRejection").get("fileName").asText()).isEqualTo("rechnungen.csv");
        assertThat(first.get("fileRejection").get("messageDe").asText()).isEqualTo(MISSING_COLUMNS.messageDe());
        assertThat(first.get("fileRejection").get("messageEn").asText()).isEqualTo(MISSING_COLUMNS.messageEn());
        JsonNode second = list.get("items").get(1);
        assertThat(second.get("id").asLong()).isEqualTo(records.batchId());
        assertThat(second.get("fileRejection").isNull()).isTrue();

        JsonNode detail = get(hub, tenant, "/imports/" + rejected.batchId());
        assertThat(detail.get("source").asText()).isEqualTo("csv:invoices");
        assertThat(detail.get("rejections").size()).isZero();
        assertThat(detail.get("fileRejection").get("messageEn").asText()).isEqualTo(MISSING_COLUMNS.messageEn());
        assertThat(get(hub, tenant, "/imports/" + records.batchId()).get("fileRejection").isNull()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void overviewCountsInstanceUntilNextImport(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        hub.ingestion().rejectFile(tenant, "csv-1", "csv:invoices", MISSING_COLUMNS);
        STATUSES.put(tenant, List.of(running(hub, tenant, "csv-1"), running(hub, tenant, "csv-2")));

        JsonNode failed = get(hub, tenant, "/overview").get("failedConnectors");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(failed.get(0).get("instanceId").asText()).isEqualTo("csv-1");
        assertThat(failed.get(0).get("state").asText()).isEqualTo("RUNNING");
        assertThat(failed.get(0).get("lastFileRejection").get("fileName").asText()).isEqualTo("rechnungen.csv");

        DebtorData debtor = new DebtorData("K-1", "K-1", "Firma A", null, null, "de", false, null, null, List.of());
        hub.ingestion().ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-1", List.<CanonicalRecord>of(debtor)));
        STATUSES.put(tenant, List.of(running(hub, tenant, "csv-1"), running(hub, tenant, "csv-2")));

        assertThat(get(hub, tenant, "/overview").get("failedConnectors").size()).isZero();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void progressShowsBatchBeforeCommit(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        List<CanonicalRecord> debtors = new java.util.ArrayList<>();
        for (int i = 0; i < 800; i++) {
            debtors.add(new DebtorData("K-" + i, "K-" + i, "Firma " + i, null, null, "de", false, null, null, List.of()));
        }
        java.util.concurrent.atomic.AtomicReference<JsonNode> seen = new java.util.concurrent.atomic.AtomicReference<>();
        RecordListener probe = (index, record) -> {
            if (index == 599) {
                try {
                    seen.set(get(hub, tenant, "/import-progress"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        DefaultIngestionService ingestion = new DefaultIngestionService(hub.persistence(), probe, hub.progress());

        ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-1", debtors).withCheckpoint("k.csv"));

        JsonNode run = seen.get().get(0);
        assertThat(seen.get().size()).isEqualTo(1);
        assertThat(run.get("instanceId").asText()).isEqualTo("csv-1");
        assertThat(run.get("recordsInBatch").asInt()).isEqualTo(800);
        assertThat(run.get("recordsProcessed").asInt()).isEqualTo(600);
        assertThat(run.get("recordsStored").asLong()).isZero();
        assertThat(run.get("recordsSoFar").asLong()).isEqualTo(600);
        assertThat(get(hub, tenant, "/import-progress").size()).isZero();
        assertThat(get(hub, newTenant(hub), "/import-progress").size()).isZero();
    }
}
