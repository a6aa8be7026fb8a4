package de.debitum.rest.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.model.TenantId;
import de.debitum.api.query.Page;
import de.debitum.rest.internal.auth.Principal;

/** One request as the handlers see it: caller, language, path variables, parameters and body. */
public final class ApiRequest {

    /** Default page size of lists. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final HttpServletRequest servletRequest;
    private final Principal principal;
    private final Locale locale;
    private final Map<String, String> pathVariables;
    private final long maxJsonBytes;

    public ApiRequest(HttpServletRequest servletRequest, Principal principal, Locale locale,
                      Map<String, String> pathVariables, long maxJsonBytes) {
        this.servletRequest = servletRequest;
        this.principal = principal;
        this.locale = locale;
        this.pathVariables = Map.copyOf(pathVariables);
        this.maxJsonBytes = maxJsonBytes;
    }

    /** Returns the caller; null only on public routes. */
    public Principal principal() {
        return principal;
    }

    /** Returns the caller as audit events name it: the user name, or {@code api-key:NAME} for an API key. */
    public String actor() {
        return principal.apiKeyId() == null ? principal.name() : "api-key:" + principal.name();
    }

    public Locale locale() {
        return locale;
    }

    /** Returns the tenant of the path; the router has checked that the caller may see it and that it exists. */
    public TenantId tenant() {
        return TenantId.of(pathVariables.get("t"));
    }

    public String path(String name) {
        return pathVariables.get(name);
    }

    /** Returns a numeric path variable; a non-numeric one names no existing row, so it is 404. */
    public long pathId(String name) {
        String value = pathVariables.get(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Kein Eintrag mit der Id '" + value + "'.", "No entry with id '" + value + "'.");
        }
    }

    /** Returns a query parameter, or null when it is missing or empty. */
    public String query(String name) {
        String value = servletRequest.getParameter(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Returns the 0-based page number from {@code page}, default 0. */
    public int page() {
        return intQuery("page", 0, 0, Integer.MAX_VALUE / Page.MAX_SIZE);
    }

    /** Returns the page size from {@code size}, default 50, 1 to {@link Page#MAX_SIZE}. */
    public int size() {
        return intQuery("size", DEFAULT_PAGE_SIZE, 1, Page.MAX_SIZE);
    }

    /** Returns a whole-number query parameter from {@code min} to {@code max}, or the default when missing. */
    public int intQuery(String name, int defaultValue, int min, int max) {
        String value = query(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Falls through to the error below, which names the value.
        }
        throw ApiException.badRequest(
                "Ungültiger Wert '" + value + "' für '" + name + "': erlaubt sind ganze Zahlen von " + min + " bis " + max + ".",
                "Invalid value '" + value + "' for '" + name + "': use a whole number from " + min + " to " + max + ".");
    }

    /** Returns the body as JSON, at most the configured number of bytes. */
    public JsonNode json() throws IOException {
        String type = servletRequest.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", de.debitum.api.connector.LocalizedText.of(
                    "Bitte den Inhalt als JSON senden (Content-Type: application/json).",
                    "Send the body as JSON (Content-Type: application/json)."));
        }
        byte[] body = readBounded(servletRequest.getInputStream(), servletRequest.getContentLengthLong(), maxJsonBytes);
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("Der Inhalt muss ein JSON-Objekt sein.", "The body must be a JSON object.");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest(
                    "Der Inhalt ist kein gültiges JSON (Zeile " + e.getLocation().getLineNr() + ").",
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ").");
        }
    }

    /** Returns the raw body stream, for uploads; the caller bounds what it reads. */
    public InputStream bodyStream() throws IOException {
        return servletRequest.getInputStream();
    }

    public long contentLength() {
        return servletRequest.getContentLengthLong();
    }

    /** Reads a stream into memory, failing with 413 past {@code limit} bytes. */
    static byte[] readBounded(InputStream in, long declaredLength, long limit) throws IOException {
        if (declaredLength > limit) {
            throw ApiException.tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw ApiException.tooLarge(limit);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
