package de.debitum.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.model.TenantId;

/**
 * Creates or reconfigures a connector instance. Secret values given here are stored encrypted;
 * leaving a secret out keeps the stored one.
 */
@Command(scope = "debitum", name = "connector-set",
        description = "Creates or reconfigures a connector instance, e.g. connector-set muster-gmbh muster-gmbh.camt bank-statement folder=/srv/in")
@Service
public class ConnectorSetCommand implements Action {

    @Reference
    private ConnectorHostService host;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "instance", required = true, description = "Instance id, unique in the hub, such as muster-gmbh.camt")
    private String instanceId;

    @Argument(index = 2, name = "type", required = true, description = "Connector type id, see debitum:connectors")
    private String typeId;

    @Argument(index = 3, name = "settings", multiValued = true, description = "Configuration as key=value pairs")
    private List<String> settings;

    @Option(name = "--disabled", description = "Save the instance without starting it")
    private boolean disabled;

    @Override
    public Object execute() {
        Map<String, String> configuration = new LinkedHashMap<>();
        for (String setting : settings == null ? List.<String>of() : settings) {
            int separator = setting.indexOf('=');
            if (separator <= 0) {
                throw new IllegalArgumentException("Invalid setting '" + setting + "'. Write key=value, such as folder=/srv/in.");
            }
            configuration.put(setting.substring(0, separator), setting.substring(separator + 1));
        }
        // An invalid value raises InvalidConfigurationException, whose message lists every field
        // with its problem; Karaf prints it as an error without a stack trace.
        host.configure(TenantId.of(tenant), instanceId, typeId, configuration, !disabled);
        System.out.println("Connector instance " + instanceId + " saved" + (disabled ? " (disabled)." : "; the host starts it now."));
        return null;
    }
}
