package de.debitum.connector.einvoice.internal;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import de.debitum.api.model.TenantId;
import de.debitum.testing.connector.Await;
import de.debitum.testing.connector.ConnectorTestInstance;

/** Starts e-invoice instances that store through the real datacenter. */
final class TestInstance {

    /** Mail servers and their folders take longer than a local inbox, so the tests wait up to a minute. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TestInstance() {
    }

    static ConnectorTestInstance start(Datacenter datacenter, TenantId tenant, Map<String, String> settings)
            throws Exception {
        return start(datacenter, tenant, settings, false);
    }

    /** Starts the instance; with {@code failIngest} every ingest fails until the test clears it. */
    static ConnectorTestInstance start(Datacenter datacenter, TenantId tenant, Map<String, String> settings,
            boolean failIngest) throws Exception {
        return ConnectorTestInstance.of(new EInvoiceMailboxConnectorType("test"))
                .tenant(tenant)
                .instanceId(tenant.value() + ".einvoice")
                .ingestion(datacenter.ingestion())
                .settings(settings)
                .failIngest(failIngest)
                .start();
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Await.until("condition", TIMEOUT, condition);
    }
}
