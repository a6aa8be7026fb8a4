package de.debitum.shell.internal;

import java.time.Instant;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.model.TenantId;

/** Lists the installed connector types and the status of every connector instance. */
@Command(scope = "debitum", name = "connectors", description = "Lists connector types and the status of every connector instance")
@Service
public class ConnectorsCommand implements Action {

    @Reference
    private ConnectorHostService host;

    @Option(name = "-t", aliases = "--tenant", description = "Only the instances of this tenant")
    private String tenant;

    @Override
    public Object execute() {
        StringBuilder out = new StringBuilder();
        out.append("Connector types:\n");
        List<ConnectorTypeInfo> types = host.types();
        if (types.isEmpty()) {
            out.append("  (none installed)\n");
        }
        for (ConnectorTypeInfo type : types) {
            out.append(String.format("  %-20s %-12s %s (%s)%n", type.id(), type.version(), type.displayName().de(),
                    type.bundle()));
        }

        List<InstanceStatus> statuses = tenant == null ? host.statuses() : host.statuses(TenantId.of(tenant));
        out.append("Connector instances:\n");
        if (statuses.isEmpty()) {
            out.append("  (none)\n");
        }
        for (InstanceStatus status : statuses) {
            out.append(String.format("  %-30s %-16s %-22s type %s %s, records %d last run, %d total, last success %s%n",
                    status.instanceId(), status.tenant(), status.state(), status.typeId(),
                    status.typeVersion() == null ? "-" : status.typeVersion(), status.recordsLastRun(),
                    status.recordsTotal(), format(status.lastSuccess())));
            if (status.lastError() != null) {
                out.append("      last error ").append(format(status.lastErrorAt())).append(": ").append(status.lastError());
                if (status.nextAttempt() != null) {
                    out.append(" (next attempt ").append(status.nextAttempt()).append(')');
                }
                out.append('\n');
            }
        }
        System.out.print(out);
        return null;
    }

    private static String format(Instant time) {
        return time == null ? "never" : time.toString();
    }
}
