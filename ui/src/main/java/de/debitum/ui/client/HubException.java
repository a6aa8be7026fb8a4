package de.debitum.ui.client;

/**
 * A failed call to the hub's HTTP API. Carries the HTTP status, the API's stable error code and
 * the message the hub wrote for people (already in the caller's language), so that views can
 * show it as it is.
 */
public class HubException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Status used when the hub could not be reached or sent no HTTP response. */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final String code;

    public HubException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HubException(String code, String message, Throwable cause) {
        super(message, cause);
        this.status = NO_RESPONSE;
        this.code = code;
    }

    /** HTTP status of the hub's response, or {@link #NO_RESPONSE}. */
    public int status() {
        return status;
    }

    /** The API's error code ({@code not_found}, {@code invalid_request}, ...) or {@code unreachable}. */
    public String code() {
        return code;
    }

    public boolean isUnauthorized() {
        return status == 401;
    }
}
