package de.debitum.api.connector;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Checks that an inbox folder exists and that the hub can read and write it. */
    public static ConnectionTestResult inboxFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return failed(LocalizedText.of(
                    "Der Eingangsordner " + folder + " existiert nicht oder ist kein Ordner. Bitte anlegen oder den"
                            + " Pfad berichtigen.",
                    "The inbox folder " + folder + " does not exist or is not a folder. Create it or correct the path."));
        }
        if (!Files.isReadable(folder) || !Files.isWritable(folder)) {
            return failed(LocalizedText.of(
                    "Der Hub darf den Eingangsordner " + folder + " nicht lesen und beschreiben. Bitte dem Benutzer"
                            + " des Hubs Lese- und Schreibrechte geben.",
                    "The hub may not read and write the inbox folder " + folder + ". Give the hub's user read and"
                            + " write permission."));
        }
        return ok(LocalizedText.of(
                "Der Eingangsordner " + folder + " ist vorhanden, lesbar und beschreibbar.",
                "The inbox folder " + folder + " exists and is readable and writable."));
    }
}
