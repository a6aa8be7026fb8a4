package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Route;
import de.debitum.rest.internal.http.Router;

/**
 * {@code GET /openapi.json}: an OpenAPI 3.0 document generated from the route table, so that it
 * lists exactly the routes the servlet serves. Bodies are described as free-form JSON objects;
 * docs/api.md has their fields and examples.
 */
public final class OpenApiResource {

    private final Router router;

    public OpenApiResource(Router router) {
        this.router = router;
    }

    public void register(Router target) {
        target.add("GET", "/openapi.json", Access.PUBLIC, 200, "This OpenAPI document", request -> document());
    }

    Map<String, Object> document() {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/health", Json.object("get", Json.object("summary", "Health report; 200 when up, 503 otherwise",
                "security", List.of(), "responses", Json.object("200", response("Up"), "503", response("Down")))));
        for (Route route : router.routes()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.template(), key -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(java.util.Locale.ROOT), operation(route));
        }
        return Json.object(
                "openapi", "3.0.3",
                "info", Json.object("title", "Debitum HTTP API", "version", "1",
                        "description", "Accounts-receivable hub. Errors are {code, message} with the message in the"
                                + " language of Accept-Language (German by default)."),
                "servers", List.of(Json.object("url", "/api/v1")),
                "security", List.of(Json.object("bearer", List.of())),
                "paths", paths,
                "components", Json.object(
                        "securitySchemes", Json.object("bearer", Json.object("type", "http", "scheme", "bearer",
                                "description", "Token from POST /auth/token, valid 15 minutes")),
                        "schemas", Json.object("Error", Json.object("type", "object", "required", List.of("code", "message"),
                                "properties", Json.object("code", Json.object("type", "string"),
                                        "message", Json.object("type", "string"))))));
    }

    private static Map<String, Object> operation(Route route) {
        List<Object> parameters = new ArrayList<>();
        for (String segment : route.segments()) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                parameters.add(Json.object("name", name, "in", "path", "required", true,
                        "description", name.equals("t") ? "tenant id" : name, "schema", Json.object("type", "string")));
            }
        }
        route.queryParameters().forEach((name, description) -> parameters.add(Json.object("name", name, "in", "query",
                "required", name.equals("kind"), "description", description, "schema", Json.object("type", "string"))));

        Map<String, Object> responses = new LinkedHashMap<>();
        if (route.template().endsWith("/files/{name}")) {
            responses.put("200", Json.object("description", "The file, sent as an attachment", "content",
                    Json.object("text/csv", Json.object("schema", Json.object("type", "string", "format", "binary")))));
        } else {
            responses.put(String.valueOf(route.successStatus()), route.successStatus() == 204
                    ? Json.object("description", "Done") : response("Success"));
        }
        responses.put("400", errorResponse("Invalid request"));
        if (route.access() != Access.PUBLIC) {
            responses.put("401", errorResponse("Not signed in or token expired"));
            responses.put("429", errorResponse("Rate limit of the API key exceeded"));
        }
        if (route.access() == Access.OPERATOR || route.access() == Access.TENANT_ADMIN) {
            responses.put("403", errorResponse("Role too low"));
        }
        responses.put("404", errorResponse("Not found, or a tenant the caller may not see"));

        Map<String, Object> operation = Json.object("summary", route.summary(), "x-debitum-access",
                route.access().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (route.access() == Access.PUBLIC) {
            operation.put("security", List.of());
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (route.jsonBody()) {
            operation.put("requestBody", Json.object("required", true, "content", Json.object("application/json",
                    Json.object("schema", Json.object("type", "object")))));
        } else if (route.template().equals("/bundles") && route.method().equals("POST")) {
            operation.put("requestBody", Json.object("required", true, "content", Json.object(
                    "application/java-archive", Json.object("schema", Json.object("type", "string", "format", "binary")),
                    "application/octet-stream", Json.object("schema", Json.object("type", "string", "format", "binary")))));
        } else if (route.template().endsWith("/uploads")) {
            operation.put("requestBody", Json.object("required", true, "content", Json.object("application/octet-stream",
                    Json.object("schema", Json.object("type", "string", "format", "binary")))));
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> response(String description) {
        return Json.object("description", description, "content", Json.object("application/json",
                Json.object("schema", Json.object("type", "object"))));
    }

    private static Map<String, Object> errorResponse(String description) {
        return Json.object("description", description, "content", Json.object("application/json",
                Json.object("schema", Json.object("$ref", "#/components/schemas/Error"))));
    }
}
