package de.debitum.api.health;

import java.util.Map;
import java.util.Objects;

/**
 * Result of one health check.
 *
 * @param name    component name, such as {@code datasource} or {@code migrations}
 * @param status  UP or DOWN
 * @param message one sentence for an operator; for DOWN it says what failed and what to check
 * @param details further facts as key and value (counts, versions), in insertion order
 */
public record ComponentHealth(String name, HealthStatus status, String message, Map<String, String> details) {

    public ComponentHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    public static ComponentHealth up(String name, String message, Map<String, String> details) {
        return new ComponentHealth(name, HealthStatus.UP, message, details);
    }

    public static ComponentHealth down(String name, String message, Map<String, String> details) {
        return new ComponentHealth(name, HealthStatus.DOWN, message, details);
    }
}
