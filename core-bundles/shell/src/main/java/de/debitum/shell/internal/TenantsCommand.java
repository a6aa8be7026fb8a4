package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.Tenant;
import de.debitum.api.store.TenantStore;

/** Lists the tenants of the hub. */
@Command(scope = "debitum", name = "tenants", description = "Lists the tenants of the hub")
@Service
public class TenantsCommand implements Action {

    @Reference
    private TenantStore tenants;

    @Override
    public Object execute() {
        for (Tenant tenant : tenants.list()) {
            System.out.printf("%-30s %-40s created %s%n", tenant.id(), tenant.name(), tenant.createdAt());
        }
        return null;
    }
}
