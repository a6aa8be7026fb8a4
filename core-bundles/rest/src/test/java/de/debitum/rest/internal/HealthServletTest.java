package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthReport;

class HealthServletTest {

    @Test
    void downComponentAnswers503() throws Exception {
        Response response = get(HealthReport.of(Instant.EPOCH, List.of(
                ComponentHealth.up("bundles", "ok", Map.of()),
                ComponentHealth.down("datasource", "Connection refused", Map.of()))));

        assertThat(response.values.get("setStatus")).isEqualTo(503);
        assertThat(response.body.toString(StandardCharsets.UTF_8)).startsWith("{\"status\":\"DOWN\"");
    }

    @Test
    void everyComponentUpAnswers200() throws Exception {
        Response response = get(HealthReport.of(Instant.EPOCH, List.of(ComponentHealth.up("bundles", "ok", Map.of()))));

        assertThat(response.values.get("setStatus")).isEqualTo(200);
        assertThat(response.values.get("setContentType")).isEqualTo("application/json");
    }

    @Test
    void apiServletAnswersHealthPathWithoutPathInfo() {
        assertThat(ApiApplication.isHealthCheck(request("GET", "/api/v1/health", null)))
                .as("exact path dispatched to the /api/v1/* servlet").isTrue();
        assertThat(ApiApplication.isHealthCheck(request("GET", "/api/v1", "/health"))).as("path info /health").isTrue();
    }

    @Test
    void apiServletLeavesOtherPathsToRoutes() {
        assertThat(ApiApplication.isHealthCheck(request("GET", "/api/v1", null))).as("API root").isFalse();
        assertThat(ApiApplication.isHealthCheck(request("GET", "/api/v1", "/tenants"))).as("other route").isFalse();
        assertThat(ApiApplication.isHealthCheck(request("POST", "/api/v1/health", null))).as("POST").isFalse();
    }

    private static HttpServletRequest request(String method, String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(HealthServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    default -> null;
                });
    }

    /** Values the servlet sets on the response, recorded by a JDK proxy in place of a servlet container. */
    private static final class Response {
        final Map<String, Object> values = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
    }

    private static Response get(HealthReport report) throws Exception {
        Response recorded = new Response();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                recorded.body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(HealthServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOutputStream")) {
                        return out;
                    }
                    if (args != null && args.length == 1) {
                        recorded.values.put(method.getName(), args[0]);
                    }
                    return null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HealthServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> null);

        new HealthServlet(() -> report).doGet(request, response);
        return recorded;
    }
}
