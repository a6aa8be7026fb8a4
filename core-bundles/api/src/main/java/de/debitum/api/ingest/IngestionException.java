package de.debitum.api.ingest;

/**
 * A batch could not be stored at all (database unavailable, unknown tenant). Nothing of the
 * batch and no checkpoint was written; the connector may retry it.
 */
public class IngestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IngestionException(String message, Throwable cause) {
        super(message, cause);
    }

    public IngestionException(String message) {
        super(message);
    }
}
