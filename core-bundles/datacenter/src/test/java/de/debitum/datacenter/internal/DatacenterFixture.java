package de.debitum.datacenter.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.ingest.RecordListener;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultCoverageService;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDeletionService;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultImportBatchStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/**
 * One migrated database per kind, shared by the tests of a run; tests stay apart by using a
 * fresh tenant each. Dropped when the JVM exits.
 */
public final class DatacenterFixture {

    /** The fixed "now" of every test: 2026-03-02 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static final Map<TestDatabase.Kind, DatacenterFixture> OPEN = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    public final TestDatabase database;
    public final DatacenterPersistence persistence;
    public final DefaultTenantStore tenants;
    public final DefaultIngestionService ingestion;
    public final DefaultDebtorStore debtors;
    public final DefaultDocumentStore documents;
    public final DefaultPaymentStore payments;
    public final DefaultAllocationStore allocations;
    public final DefaultAuditTrail audit;
    public final DefaultImportBatchStore batches;
    public final DefaultCoverageService coverage;
    public final DefaultDeletionService deletion;

    private DatacenterFixture(TestDatabase database) {
        this.database = database;
        this.persistence = new DatacenterPersistence(database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        this.tenants = new DefaultTenantStore(persistence);
        this.ingestion = new DefaultIngestionService(persistence);
        this.debtors = new DefaultDebtorStore(persistence);
        this.documents = new DefaultDocumentStore(persistence);
        this.payments = new DefaultPaymentStore(persistence);
        this.allocations = new DefaultAllocationStore(persistence);
        this.audit = new DefaultAuditTrail(persistence);
        this.batches = new DefaultImportBatchStore(persistence);
        this.coverage = new DefaultCoverageService(persistence);
        this.deletion = new DefaultDeletionService(persistence);
    }

    /** Lists the kinds of database available to this run, for {@code @MethodSource}. */
    public static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    /** Returns the shared fixture of a kind, creating and migrating its database on first use. */
    public static synchronized DatacenterFixture of(TestDatabase.Kind kind) {
        return OPEN.computeIfAbsent(kind, key -> {
            TestDatabase database = TestDatabase.create(key);
            DatacenterFixture fixture = new DatacenterFixture(database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                fixture.persistence.close();
                database.close();
            }));
            return fixture;
        });
    }

    /** Creates a tenant no other test uses. */
    public TenantId newTenant() {
        TenantId id = TenantId.of("t" + TENANTS.incrementAndGet() + "-" + System.nanoTime() % 100000);
        tenants.create(id, "Tenant " + id);
        return id;
    }

    public DefaultIngestionService ingestionWith(RecordListener listener) {
        return new DefaultIngestionService(persistence, listener);
    }
}
