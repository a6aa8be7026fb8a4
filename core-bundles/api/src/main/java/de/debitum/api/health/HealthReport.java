package de.debitum.api.health;

import java.time.Instant;
import java.util.List;

/**
 * Aggregated health of the hub at one point in time.
 *
 * @param status     DOWN when any component is DOWN
 * @param checkedAt  time the checks ran
 * @param components every component result, sorted by name
 */
public record HealthReport(HealthStatus status, Instant checkedAt, List<ComponentHealth> components) {

    public HealthReport {
        components = List.copyOf(components);
    }

    /** Builds a report whose status is derived from its components. */
    public static HealthReport of(Instant checkedAt, List<ComponentHealth> components) {
        HealthStatus overall = HealthStatus.UP;
        for (ComponentHealth component : components) {
            overall = overall.and(component.status());
        }
        List<ComponentHealth> sorted = components.stream()
                .sorted(java.util.Comparator.comparing(ComponentHealth::name))
                .toList();
        return new HealthReport(overall, checkedAt, sorted);
    }
}
