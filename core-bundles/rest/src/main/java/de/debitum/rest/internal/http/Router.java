package de.debitum.rest.internal.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The route table of the API; the OpenAPI document is generated from the same table. */
public final class Router {

    /** A route and the path variables of one request. */
    public record Match(Route route, Map<String, String> variables) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; {@code queryParameters} alternates names and descriptions. */
    public Router add(String method, String template, Access access, int successStatus, String summary,
                      Route.Handler handler, String... queryParameters) {
        return add(method, template, access, successStatus, summary, false, handler, queryParameters);
    }

    /** Adds a route that reads a JSON body. */
    public Router addWithBody(String method, String template, Access access, int successStatus, String summary,
                              Route.Handler handler, String... queryParameters) {
        return add(method, template, access, successStatus, summary, true, handler, queryParameters);
    }

    private Router add(String method, String template, Access access, int successStatus, String summary,
                       boolean jsonBody, Route.Handler handler, String... queryParameters) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < queryParameters.length; i += 2) {
            query.put(queryParameters[i], queryParameters[i + 1]);
        }
        routes.add(new Route(method, template, access, handler, summary, query, successStatus, jsonBody));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * Finds the route for a method and a path below {@code /api/v1}.
     *
     * @throws ApiException 404 when no route has the path, 405 when none has it with that method
     */
    public Match find(String method, String path) {
        List<String> segments = split(path);
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> variables = route.match(segments);
            if (variables == null) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(method)) {
                return new Match(route, variables);
            }
        }
        if (pathKnown) {
            throw new ApiException(405, "method_not_allowed", de.debitum.api.connector.LocalizedText.of(
                    "Die Methode " + method + " ist für " + path + " nicht vorgesehen.",
                    "Method " + method + " is not allowed for " + path + "."));
        }
        throw ApiException.notFound("Unbekannter Pfad " + path + ". Die Endpunkte stehen in /api/v1/openapi.json.",
                "Unknown path " + path + ". The endpoints are listed in /api/v1/openapi.json.");
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Arrays.asList(trimmed.split("/", -1));
    }
}
