package de.debitum.output.internal.delivery;

/**
 * A failed delivery attempt. A transient failure (connection refused, an SMTP 4xx reply, HTTP 429
 * or 5xx) is tried again later; a permanent one ends the entry with the reason shown to the tenant.
 */
public final class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;
    private final String germanReason;

    private DeliveryFailure(boolean transientFailure, String germanReason, String englishReason, Throwable cause) {
        super(englishReason, cause);
        this.transientFailure = transientFailure;
        this.germanReason = germanReason;
    }

    public static DeliveryFailure transientFailure(String germanReason, String englishReason, Throwable cause) {
        return new DeliveryFailure(true, germanReason, englishReason, cause);
    }

    public static DeliveryFailure permanent(String germanReason, String englishReason, Throwable cause) {
        return new DeliveryFailure(false, germanReason, englishReason, cause);
    }

    public boolean isTransient() {
        return transientFailure;
    }

    /** Returns the reason as the tenant reads it: German first, then English. */
    public String reason() {
        return germanReason + " / " + getMessage();
    }
}
