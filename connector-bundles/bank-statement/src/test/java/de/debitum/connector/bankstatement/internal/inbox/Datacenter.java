package de.debitum.connector.bankstatement.internal.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultCoverageService;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/** The real datacenter on one migrated database per kind, shared by the tests of a run; tests use fresh tenants. */
record Datacenter(DatacenterPersistence persistence, DefaultTenantStore tenants, DefaultIngestionService ingestion,
                  DefaultPaymentStore payments, DefaultCoverageService coverage) {

    private static final Map<TestDatabase.Kind, Datacenter> BY_KIND = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    static synchronized Datacenter of(TestDatabase.Kind kind) {
        return BY_KIND.computeIfAbsent(kind, key -> {
            TestDatabase database = TestDatabase.create(key);
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                persistence.close();
                database.close();
            }));
            return new Datacenter(persistence, new DefaultTenantStore(persistence), new DefaultIngestionService(persistence),
                    new DefaultPaymentStore(persistence), new DefaultCoverageService(persistence));
        });
    }

    TenantId newTenant() {
        TenantId tenant = TenantId.of("bank-" + TENANTS.incrementAndGet() + "-" + ProcessHandle.current().pid());
        tenants.create(tenant, "Muster GmbH");
        return tenant;
    }

    /** Counts the tenant's stored payments of every booking date, duplicates included. */
    int paymentCount(TenantId tenant) {
        return payments.listBooked(tenant, LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)).size();
    }
}
