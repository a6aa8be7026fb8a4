package de.debitum.rest.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One endpoint: method, path template such as {@code /tenants/{t}/documents/{id}}, access rule,
 * handler, and the facts the OpenAPI document lists.
 *
 * @param queryParameters names and descriptions of the query parameters it reads
 * @param successStatus   status of a successful response: 200, 201, 202 or 204
 */
public record Route(String method, String template, Access access, Handler handler, String summary,
                    Map<String, String> queryParameters, int successStatus, boolean jsonBody) {

    /** Handles a request whose access has been checked; returns the body to write as JSON, or null. */
    @FunctionalInterface
    public interface Handler {
        Object handle(ApiRequest request) throws Exception;
    }

    public Route {
        queryParameters = Map.copyOf(queryParameters);
    }

    /** Returns the path segments of the template. */
    public List<String> segments() {
        List<String> result = new ArrayList<>();
        for (String segment : template.substring(1).split("/")) {
            result.add(segment);
        }
        return result;
    }

    /** Matches {@code path} (without {@code /api/v1}) and returns the path variables, or null. */
    public Map<String, String> match(List<String> pathSegments) {
        List<String> own = segments();
        if (own.size() != pathSegments.size()) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < own.size(); i++) {
            String expected = own.get(i);
            String actual = pathSegments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return null;
                }
                variables.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return variables;
    }
}
