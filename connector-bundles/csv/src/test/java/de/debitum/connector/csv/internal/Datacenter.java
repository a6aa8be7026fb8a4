package de.debitum.connector.csv.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/** The real datacenter on one migrated database per kind, shared by the tests of a run; tests use fresh tenants. */
record Datacenter(DefaultTenantStore tenants, DefaultIngestionService ingestion, DefaultDocumentStore documents,
                  DefaultDebtorStore debtors, DefaultPaymentStore payments) {

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
            return new Datacenter(new DefaultTenantStore(persistence), new DefaultIngestionService(persistence),
                    new DefaultDocumentStore(persistence), new DefaultDebtorStore(persistence),
                    new DefaultPaymentStore(persistence));
        });
    }

    TenantId newTenant() {
        TenantId tenant = TenantId.of("csv-" + TENANTS.incrementAndGet() + "-" + ProcessHandle.current().pid());
        tenants.create(tenant, "Muster GmbH");
        return tenant;
    }
}
