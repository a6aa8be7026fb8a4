package de.debitum.rest.internal.jaxrs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

import de.debitum.api.health.HealthReport;
import de.debitum.api.health.HealthStatus;
import de.debitum.rest.internal.HealthJson;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;

/**
 * Builds the API's responses: JSON bodies serialized with {@link Json#MAPPER}, file downloads, JSON
 * errors and the health report, each with the headers that docs/api.md promises.
 */
public final class ApiResponses {

    /** Media type of every JSON body, which docs/api.md promises in UTF-8. */
    static final String JSON_TYPE = "application/json;charset=UTF-8";

    private ApiResponses() {
    }

    /** Builds the response of a handler: its result as JSON, a file, or no body for 204 and null. */
    public static Response success(int status, Object body, Locale locale) throws JsonProcessingException {
        Response.ResponseBuilder response = Response.status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        if (body == null || status == Response.Status.NO_CONTENT.getStatusCode()) {
            return response.build();
        }
        if (body instanceof FileDownload file) {
            return response.type(file.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                    .header(HttpHeaders.CONTENT_LENGTH, file.content().length)
                    .entity(file.content())
                    .build();
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        return response.type(JSON_TYPE).header(HttpHeaders.CONTENT_LENGTH, bytes.length).entity(bytes).build();
    }

    /** Builds a JSON error {@code {code, message}} with the message in the caller's language. */
    public static Response error(ApiException error, Locale locale) {
        Response.ResponseBuilder response = Response.status(error.status())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        if (error.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(error.retryAfterSeconds()));
        }
        if (error.status() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(Map.of("code", error.code(), "message", error.text().in(locale)));
        } catch (JsonProcessingException e) {
            // Unreachable, because a map of two strings always serializes.
            throw new IllegalStateException("Cannot write the error " + error.code() + " as JSON", e);
        }
        return response.type(JSON_TYPE).header(HttpHeaders.CONTENT_LENGTH, bytes.length).entity(bytes).build();
    }

    /** Builds the health report response: 200 when it is up and 503 otherwise. */
    public static Response health(HealthReport report) {
        byte[] body = HealthJson.write(report).getBytes(StandardCharsets.UTF_8);
        return Response.status(report.status() == HealthStatus.UP ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .type(JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LENGTH, body.length)
                .entity(body)
                .build();
    }
}
