package de.debitum.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import de.debitum.api.health.HealthReport;
import de.debitum.api.health.HealthService;
import de.debitum.api.health.HealthStatus;

/**
 * {@code GET /api/v1/health}: the health report as JSON, with status 200 when every component is
 * up and 503 otherwise, so that load balancers and monitors can use the status code alone.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HealthService healthService;

    @Activate
    public HealthServlet(@Reference HealthService healthService) {
        this.healthService = healthService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(healthService.check(), response);
    }

    /** Writes the report as JSON with status 200 when it is up and 503 otherwise. */
    static void send(HealthReport report, HttpServletResponse response) throws IOException {
        byte[] body = HealthJson.write(report).getBytes(StandardCharsets.UTF_8);
        response.setStatus(report.status() == HealthStatus.UP ? HttpServletResponse.SC_OK
                : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
