package de.debitum.rest.internal.jaxrs;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.store.NotFoundException;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.Languages;

/**
 * Turns every exception of a filter or resource into the API's JSON error {@code {code, message}}
 * in the caller's language; an unexpected one is logged and becomes a 500 without details.
 */
public final class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionMapper.class);

    // A proxy for the current request, which CXF injects into singletons.
    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Exception exception) {
        Locale locale = Languages.fromHeader(request.getHeader("Accept-Language"));
        return ApiResponses.error(toApiException(exception), locale);
    }

    private ApiException toApiException(Exception exception) {
        if (exception instanceof ApiException api) {
            return api;
        }
        if (exception instanceof InvalidConfigurationException invalid) {
            StringBuilder de = new StringBuilder("Die Konfiguration ist ungültig:");
            StringBuilder en = new StringBuilder("The configuration is invalid:");
            invalid.problems().forEach(problem -> {
                de.append(' ').append(problem.key()).append(": ").append(problem.reason().de());
                en.append(' ').append(problem.key()).append(": ").append(problem.reason().en());
            });
            return ApiException.badRequest(de.toString(), en.toString());
        }
        if (exception instanceof NotFoundException notFound) {
            return ApiException.notFound("Nicht gefunden: " + notFound.getMessage(), notFound.getMessage());
        }
        if (exception instanceof IllegalArgumentException invalid) {
            return ApiException.invalidInput(invalid);
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // The JAX-RS runtime's own rejections, such as a method that no resource method has.
            int status = web.getResponse().getStatus();
            LOG.debug("Request {} {} rejected by the JAX-RS runtime with status {}", request.getMethod(),
                    request.getRequestURI(), status);
            return new ApiException(status, "http_" + status, LocalizedText.of(
                    "Die Anfrage " + request.getMethod() + " " + request.getRequestURI() + " ist ungültig (HTTP " + status
                            + "). Die Endpunkte stehen in /api/v1/openapi.json.",
                    "The request " + request.getMethod() + " " + request.getRequestURI() + " is invalid (HTTP " + status
                            + "). The endpoints are listed in /api/v1/openapi.json."));
        }
        LOG.error("Request {} {} failed: {}", request.getMethod(), request.getRequestURI(), exception.toString());
        LOG.debug("Request failure", exception);
        return new ApiException(500, "internal_error", LocalizedText.of(
                "Interner Fehler des Hubs. Bitte später erneut versuchen; das Protokoll des Hubs nennt die Ursache.",
                "Internal error of the hub. Try again later; the hub's log names the cause."));
    }
}
