package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.model.TenantId;

/** Enables, disables or tests a connector instance. */
@Command(scope = "debitum", name = "connector-enable", description = "Enables a connector instance (--off disables it, --test tests its connection)")
@Service
public class ConnectorEnableCommand implements Action {

    @Reference
    private ConnectorHostService host;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "instance", required = true, description = "Instance id")
    private String instanceId;

    @Option(name = "--off", description = "Disable the instance instead")
    private boolean off;

    @Option(name = "--test", description = "Only test the connection with the stored configuration")
    private boolean test;

    @Override
    public Object execute() {
        TenantId tenantId = TenantId.of(tenant);
        if (test) {
            ConnectionTestResult result = host.testConnection(tenantId, instanceId);
            System.out.println((result.successful() ? "OK: " : "Failed: ") + result.message().en());
        } else if (host.setEnabled(tenantId, instanceId, !off)) {
            System.out.println("Connector instance " + instanceId + (off ? " disabled." : " enabled."));
        } else {
            throw new IllegalArgumentException("Connector instance " + instanceId + " of tenant " + tenant
                    + " not found. See debitum:connectors.");
        }
        return null;
    }
}
