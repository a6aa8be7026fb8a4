package de.debitum.api.ingest;

import java.util.Objects;

/**
 * How far a connector instance has read its source (a file name, a cursor, a timestamp), in the
 * instance's own format. It is stored in the same transaction as the batch it belongs to.
 */
public record Checkpoint(String instanceId, String value) {

    /** Maximum length of a checkpoint value in characters. */
    public static final int MAX_VALUE_LENGTH = 4000;

    public Checkpoint {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("Checkpoint of instance " + instanceId + " has " + value.length()
                    + " characters, more than the maximum of " + MAX_VALUE_LENGTH + ". Store a shorter cursor.");
        }
    }
}
