package de.debitum.connectorhost.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import de.debitum.api.connector.Capability;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.TenantId;
import de.debitum.api.secret.SecretCipher;
import de.debitum.camel.CamelContextFactory;

/** A connector host with one cheap connector type, for benchmarks outside this package. */
public final class HostBench implements AutoCloseable {

    private final DefaultConnectorHost host;

    public HostBench(ConnectorInstanceStore store, IngestionService ingestion) {
        CamelContextFactory camel = (bundle, name) -> {
            DefaultCamelContext context = new DefaultCamelContext();
            context.getCamelContextExtension().setName(name);
            return context;
        };
        host = new DefaultConnectorHost(camel, store, ingestion, ConnectorHostTest.config(30), Clock.systemUTC(),
                new SecretCipher(new byte[32]));
        host.addType(new TypeEntry(new FileDropConnectorType("hourly") {
            @Override
            public Set<Capability> provides() {
                return Set.of(Capability.PAYMENTS);
            }

            @Override
            public RoutesBuilder createRoutes(ConnectorContext context) {
                return new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("timer:" + context.instanceId() + "?period=3600000&delay=3600000").to("log:bench?level=OFF");
                    }
                };
            }
        }, null, 1));
    }

    public void configure(TenantId tenant, String instanceId, Map<String, String> configuration) {
        host.configure(tenant, instanceId, "hourly", configuration, true);
    }

    public void reconcile() {
        host.reconcileNow();
    }

    public List<InstanceState> states(TenantId tenant) {
        return host.statuses(tenant).stream().map(InstanceStatus::state).toList();
    }

    @Override
    public void close() {
        host.deactivate();
    }
}
