package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.Route;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;

/** The served routes, the OpenAPI document and the endpoint table of docs/api.md list the same endpoints. */
class ContractTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z]+) ([^`?]+)(\\?[^`]*)?` \\| (\\w+) \\|",
            Pattern.MULTILINE);
    private static final Map<String, Access> ROLES = Map.of("none", Access.PUBLIC, "any", Access.AUTHENTICATED,
            "operator", Access.OPERATOR, "read", Access.TENANT_READ, "admin", Access.TENANT_ADMIN);

    private final Router router = ApiApplication.routes(new ApiServices(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0));

    @Test
    void docsTableListsEveryRouteWithItsAccess() throws Exception {
        String docs = Files.readString(Path.of("../../docs/api.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(docs);
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2) + " " + ROLES.get(row.group(4)));
        }
        Set<String> served = new TreeSet<>();
        router.routes().forEach(route -> served.add(route.method() + " " + route.template() + " " + route.access()));
        // The health check is a servlet of its own.
        served.add("GET /health PUBLIC");

        assertThat(documented).isEqualTo(served);
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiListsEveryRoute() throws Exception {
        Route openApi = router.find("GET", "/openapi.json").route();
        Map<String, Object> document = (Map<String, Object>) openApi.handler().handle(null);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

        for (Route route : router.routes()) {
            assertThat(paths).as(route.template()).containsKey(route.template());
            assertThat(paths.get(route.template())).as(route.method() + " " + route.template())
                    .containsKey(route.method().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(paths).containsKey("/health");
        assertThat(document.get("openapi")).isEqualTo("3.0.3");
    }
}
