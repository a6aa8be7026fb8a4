package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthReport;
import de.debitum.api.health.HealthService;
import de.debitum.api.health.HealthStatus;
import de.debitum.camel.CamelContextFactory;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.ReadResult;

/** Boots the built distribution and checks what an operator relies on after a start. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionIT {

    @Inject
    private BundleContext bundleContext;

    @Inject
    private BootFinished bootFinished;

    @Inject
    private HealthService healthService;

    @Inject
    private CamelContextFactory camelContextFactory;

    @Inject
    @Filter(value = "(dataSourceName=debitum)", timeout = 60_000)
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        return DistributionOptions.boot();
    }

    @Test
    public void everyBundleIsActive() {
        List<String> inactive = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getState() != (fragment ? Bundle.RESOLVED : Bundle.ACTIVE)) {
                inactive.add(bundle.getSymbolicName() + " state " + bundle.getState());
            }
        }
        assertEquals("bundles not active: " + inactive, List.of(), inactive);
    }

    @Test
    public void healthReportIsUpWithEveryComponent() {
        HealthReport report = healthService.check();

        Map<String, ComponentHealth> byName = report.components().stream()
                .collect(Collectors.toMap(ComponentHealth::name, component -> component));
        assertEquals("health: " + report, HealthStatus.UP, report.status());
        for (String expected : List.of("bundles", "camel", "datasource", "migrations")) {
            assertTrue("component " + expected + " missing in " + byName.keySet(), byName.containsKey(expected));
        }
    }

    @Test
    public void datasourceAnswersAndMigrationsAreApplied() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                // Quoted because Flyway creates the table with lower-case quoted names, which H2 does
                // not fold to when the name is unquoted.
                ResultSet rows = statement.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
            assertTrue(connection.isValid(5));
            assertTrue(rows.next());
            assertTrue("no applied migration found", rows.getInt(1) > 0);
        }
    }

    @Test
    public void healthEndpointAnswersOverHttp() throws Exception {
        int port = Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY));
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/api/v1/health").openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(15_000);

        assertEquals(200, connection.getResponseCode());
        assertEquals("application/json", connection.getContentType().split(";")[0]);
        try (InputStream body = connection.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            body.transferTo(bytes);
            assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("{\"status\":\"UP\""));
        }
    }

    @Test
    public void camelFileRouteInTestBundleDeliversMessage() throws Exception {
        Path inbox = Files.createTempDirectory("debitum-itest-inbox");
        CamelContext context = camelContextFactory.create(bundleContext.getBundle(), "itest-file-route");
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(inbox.toUri() + "?initialDelay=0&delay=50").convertBodyTo(String.class).to("mock:received");
                }
            });
            MockEndpoint received = context.getEndpoint("mock:received", MockEndpoint.class);
            received.expectedBodiesReceived("Rechnung 4711 über 119,00 €");
            context.start();

            Files.writeString(inbox.resolve("invoice.txt"), "Rechnung 4711 über 119,00 €", StandardCharsets.UTF_8);

            received.assertIsSatisfied(20_000);
        } finally {
            context.stop();
        }
    }

    /**
     * Reads e-invoices inside Karaf, where Mustang, PDFBox and their XML libraries run from the
     * embedded jars of the e-invoice bundle: a hand-written CII file, and a ZUGFeRD PDF of the
     * corpus when the corpus is there.
     */
    @Test
    public void eInvoiceReaderWorksInsideKaraf() throws Exception {
        Path sample = Path.of(System.getProperty(DistributionOptions.EINVOICE_SAMPLE_PROPERTY));
        try (EInvoiceReader reader = new EInvoiceReader()) {
            ReadResult xml = reader.read(sample.getFileName().toString(), Files.readAllBytes(sample));
            assertTrue("CII sample rejected: " + xml, xml instanceof ReadResult.Accepted);
            assertEquals("TEST-2024-0042", ((ReadResult.Accepted) xml).invoice().number());
            assertEquals("297.50 EUR", ((ReadResult.Accepted) xml).invoice().totals().grandTotal().toString());

            Path pdf = Path.of(System.getProperty(DistributionOptions.CORPUS_PROPERTY), "einvoice", "XRECHNUNG_Einfach.pdf");
            if (Files.isRegularFile(pdf)) {
                ReadResult fromPdf = reader.read(pdf.getFileName().toString(), Files.readAllBytes(pdf));
                assertTrue("ZUGFeRD PDF rejected: " + fromPdf, fromPdf instanceof ReadResult.Accepted);
            } else {
                System.out.println("Skipped the PDF read in Karaf: corpus file " + pdf + " not found.");
            }
        }
    }

    @Test
    public void connectorEndpointsResolveThroughTheFactory() throws Exception {
        CamelContext context = camelContextFactory.create(bundleContext.getBundle(), "itest-components");
        try {
            context.start();
            for (String component : List.of("file", "imap", "imaps", "smtp", "http", "https", "quartz", "scheduler", "timer")) {
                assertTrue("component " + component + " not found", context.getComponent(component) != null);
            }
            assertTrue("jackson data format not found", context.resolveDataFormat("jackson") != null);
        } finally {
            context.stop();
        }
    }

    /**
     * Checks that the JAX-RS Whiteboard (Aries on CXF) runs the API application without failures
     * and serves a public endpoint of it over HTTP.
     */
    @Test
    public void jaxrsWhiteboardRunsApiApplication() throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        ApplicationDTO api = apiApplication();
        while (api == null && System.currentTimeMillis() < deadline) {
            // The whiteboard picks up the application service asynchronously.
            Thread.sleep(200);
            api = apiApplication();
        }
        RuntimeDTO runtime = whiteboardRuntime();

        assertTrue("application debitum-api missing: " + whiteboardState(runtime), api != null);
        assertEquals("failed applications: " + whiteboardState(runtime), 0, runtime.failedApplicationDTOs.length);
        assertTrue("base " + api.base, api.base.endsWith("api/v1"));
        assertTrue("no resource methods: " + whiteboardState(runtime), api.resourceMethods.length > 0);

        int port = Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY));
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/api/v1/openapi.json")
                .openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(15_000);
        assertEquals(200, connection.getResponseCode());
        assertEquals("application/json", connection.getContentType().split(";")[0]);
        assertEquals("de", connection.getHeaderField("Content-Language"));
        try (InputStream body = connection.getInputStream()) {
            assertTrue(new String(body.readAllBytes(), StandardCharsets.UTF_8).startsWith("{\"openapi\":\"3.0.3\""));
        }
    }

    private RuntimeDTO whiteboardRuntime() {
        ServiceReference<JaxrsServiceRuntime> reference = bundleContext.getServiceReference(JaxrsServiceRuntime.class);
        assertTrue("no JaxrsServiceRuntime service", reference != null);
        return bundleContext.getService(reference).getRuntimeDTO();
    }

    private ApplicationDTO apiApplication() {
        for (ApplicationDTO application : whiteboardRuntime().applicationDTOs) {
            if ("debitum-api".equals(application.name)) {
                return application;
            }
        }
        return null;
    }

    /** Lists the whiteboard's applications and the ones it failed to start, for assertion messages. */
    private static String whiteboardState(RuntimeDTO runtime) {
        StringBuilder state = new StringBuilder();
        for (ApplicationDTO application : runtime.applicationDTOs) {
            state.append(" application ").append(application.name).append(" at ").append(application.base)
                    .append(" with ").append(application.resourceMethods.length).append(" resource methods;");
        }
        for (FailedApplicationDTO failed : runtime.failedApplicationDTOs) {
            state.append(" failed application ").append(failed.name).append(" reason ").append(failed.failureReason)
                    .append(';');
        }
        return state.toString();
    }
}
