package de.debitum.shell.internal;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthReport;
import de.debitum.api.health.HealthService;

/** Prints the hub's health: bundles, datasource, migrations and Camel contexts. */
@Command(scope = "debitum", name = "health", description = "Shows whether the hub and each of its components are up")
@Service
public class HealthCommand implements Action {

    @Reference
    private HealthService healthService;

    @Override
    public Object execute() {
        HealthReport report = healthService.check();
        StringBuilder out = new StringBuilder();
        out.append("Debitum: ").append(report.status()).append(" (checked ").append(report.checkedAt()).append(")\n");
        for (ComponentHealth component : report.components()) {
            out.append(String.format("  %-12s %-4s %s%n", component.name(), component.status(), component.message()));
            for (Map.Entry<String, String> detail : component.details().entrySet()) {
                out.append(String.format("      %s: %s%n", detail.getKey(), detail.getValue()));
            }
        }
        System.out.print(out);
        return null;
    }
}
