package de.debitum.api.connector;

import java.util.Objects;

/**
 * Outcome of a connector type's "test connection" operation.
 *
 * @param successful whether the source could be reached with the configuration
 * @param message    what was checked or what failed and what to do, for the tenant admin
 */
public record ConnectionTestResult(boolean successful, LocalizedText message) {

    public ConnectionTestResult {
        Objects.requireNonNull(message, "message");
    }

    public static ConnectionTestResult ok(LocalizedText message) {
        return new ConnectionTestResult(true, message);
    }

    public static ConnectionTestResult failed(LocalizedText message) {
        return new ConnectionTestResult(false, message);
    }
}
