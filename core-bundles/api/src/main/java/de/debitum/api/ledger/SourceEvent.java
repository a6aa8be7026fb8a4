package de.debitum.api.ledger;

import java.util.Objects;

/**
 * Identity of one version of a business event in the ledger.
 *
 * @param type kind of event
 * @param sourceId id of the event's row, as text (at most 100 characters)
 * @param version content version; a document booked again after a change gets a new version
 */
public record SourceEvent(SourceType type, String sourceId, String version) {

    public SourceEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(version, "version");
        if (sourceId.isBlank() || sourceId.length() > 100) {
            throw new IllegalArgumentException("Invalid source id '" + sourceId + "': use 1 to 100 characters.");
        }
        if (version.length() > 64) {
            throw new IllegalArgumentException("Invalid version '" + version + "': use at most 64 characters.");
        }
    }

    /** Returns the identity of an event that has one version only. */
    public static SourceEvent of(SourceType type, long sourceId) {
        return new SourceEvent(type, String.valueOf(sourceId), "1");
    }
}
