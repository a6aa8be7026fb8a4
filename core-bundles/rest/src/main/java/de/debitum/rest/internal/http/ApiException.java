package de.debitum.rest.internal.http;

import de.debitum.api.connector.LocalizedText;

/**
 * A failed request as the caller sees it: HTTP status, stable code and a message in German and
 * English, of which the response carries the caller's language.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient LocalizedText text;
    private final transient Integer retryAfterSeconds;

    public ApiException(int status, String code, LocalizedText text) {
        this(status, code, text, null);
    }

    public ApiException(int status, String code, LocalizedText text, Integer retryAfterSeconds) {
        super(code + ": " + text.en());
        this.status = status;
        this.code = code;
        this.text = text;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public LocalizedText text() {
        return text;
    }

    /** Seconds for the {@code Retry-After} header, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException badRequest(String de, String en) {
        return new ApiException(400, "invalid_request", LocalizedText.of(de, en));
    }

    public static ApiException unauthorized(String de, String en) {
        return new ApiException(401, "unauthorized", LocalizedText.of(de, en));
    }

    public static ApiException forbidden() {
        return new ApiException(403, "forbidden", LocalizedText.of(
                "Ihre Rolle erlaubt diese Aktion nicht. Bitten Sie einen Administrator des Mandanten darum.",
                "Your role does not allow this action. Ask an administrator of the tenant to do it."));
    }

    public static ApiException notFound(String de, String en) {
        return new ApiException(404, "not_found", LocalizedText.of(de, en));
    }

    public static ApiException conflict(String de, String en) {
        return new ApiException(409, "conflict", LocalizedText.of(de, en));
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", LocalizedText.of(
                "Der Inhalt der Anfrage ist größer als " + limit + " Bytes. Bitte eine kleinere Datei senden.",
                "The request body is larger than " + limit + " bytes. Send a smaller file."));
    }

    /**
     * Returns 400 for invalid input. The domain records and the letter renderer write messages as
     * "German / English", so such a message is split into the two languages. Any other message is
     * shown in both.
     */
    public static ApiException invalidInput(IllegalArgumentException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String[] parts = message.split(" / ", 2);
        if (parts.length == 2) {
            return badRequest(parts[0], parts[1]);
        }
        return badRequest("Ungültige Eingabe: " + message, message);
    }
}
