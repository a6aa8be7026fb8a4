package de.debitum.rest.internal;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;

import de.debitum.api.auth.Role;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Router;
import de.debitum.testing.TestDatabase;

/**
 * Calls a route's handler as the servlet does once its role and tenant checks passed. These
 * calls skip the checks, because ApiIT tests them on the running hub.
 */
final class RouteCalls {

    private RouteCalls() {
    }

    /**
     * Runs the handler of {@code method} and {@code path} (below {@code /tenants/TENANT}, with an
     * optional query) with an optional JSON body and returns its result unconverted, such as a map
     * or a file download.
     */
    static Object handle(Router router, TenantId tenant, Role role, String method, String path, String body)
            throws Exception {
        return call(router, tenant, role, method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates and migrates a database of the kind, closed when the JVM exits, and returns the persistence on it. */
    static DatacenterPersistence persistence(TestDatabase.Kind kind, Clock clock) {
        TestDatabase database = TestDatabase.create(kind);
        DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(), clock);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            persistence.close();
            database.close();
        }));
        return persistence;
    }

    /**
     * Calls {@code method path} below {@code /tenants/{tenant}} as a user of the tenant.
     *
     * @param path        the path after the tenant, with an optional query string
     * @param contentType the body's content type, or null without a body
     */
    static Object call(Router router, TenantId tenant, Role role, String method, String path, String contentType,
                       byte[] body) throws Exception {
        String[] pathAndQuery = path.split("\\?", 2);
        Router.Match match = router.find(method, "/tenants/" + tenant + pathAndQuery[0]);
        Map<String, String> parameters = new HashMap<>();
        if (pathAndQuery.length > 1) {
            for (String pair : pathAndQuery[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(nameAndValue[0], nameAndValue[1]);
            }
        }
        Principal principal = new Principal(role == Role.CLERK ? "clara" : "anna", role, tenant, "de", null);
        ApiRequest request = new ApiRequest(request(parameters, contentType, body), principal, Locale.GERMAN,
                match.variables(), 64 * 1024);
        return match.route().handler().handle(request);
    }

    /** Builds a servlet request with query parameters and an optional body, which is all the API reads. */
    static HttpServletRequest request(Map<String, String> parameters, String contentType, byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(RouteCalls.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) arguments[0]);
                    case "getContentType" -> contentType;
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getInputStream" -> stream;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
