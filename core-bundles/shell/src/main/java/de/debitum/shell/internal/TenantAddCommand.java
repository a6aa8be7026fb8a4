package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.Tenant;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.TenantStore;

/**
 * Creates a tenant; an existing tenant with the id stays unchanged. An invalid id or name raises
 * an exception, which Karaf prints as one error line without a stack trace.
 */
@Command(scope = "debitum", name = "tenant-add", description = "Creates a tenant (a company that uses the hub)")
@Service
public class TenantAddCommand implements Action {

    @Reference
    private TenantStore tenants;

    @Argument(index = 0, name = "id", required = true, description = "Tenant id: lower-case letters, digits and hyphens, such as muster-gmbh")
    private String id;

    @Argument(index = 1, name = "name", required = true, description = "Company name, such as \"Muster GmbH\"")
    private String name;

    @Override
    public Object execute() {
        Tenant tenant = tenants.create(TenantId.of(id), name);
        System.out.println("Tenant " + tenant.id() + " (" + tenant.name() + ") is ready.");
        return null;
    }
}
