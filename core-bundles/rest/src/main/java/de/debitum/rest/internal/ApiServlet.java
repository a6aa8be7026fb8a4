package de.debitum.rest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.auth.ApiKeyStore;
import de.debitum.api.auth.UserStore;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.connector.ConnectorBundleService;
import de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.health.HealthService;
import de.debitum.api.ingest.ImportProgressService;
import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.ReceivablesQueries;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.AuditTrail;
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.ImportBatchStore;
import de.debitum.api.output.InvoiceSending;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.api.store.NotFoundException;
import de.debitum.api.store.PaymentStore;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.ledger.LedgerService;
import de.debitum.matching.MatchingService;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.rest.internal.auth.AdminAccount;
import de.debitum.rest.internal.auth.Authenticator;
import de.debitum.rest.internal.auth.PasswordHasher;
import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.auth.RateLimiter;
import de.debitum.rest.internal.auth.SigningKey;
import de.debitum.rest.internal.auth.TokenService;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Languages;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.AccountResource;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.rest.internal.resources.AuthResource;
import de.debitum.rest.internal.resources.BundleResource;
import de.debitum.rest.internal.resources.CompanyResource;
import de.debitum.rest.internal.resources.InvoiceSendingResource;
import de.debitum.rest.internal.resources.DocumentConfirmationResource;
import de.debitum.rest.internal.resources.ConnectorResource;
import de.debitum.rest.internal.resources.DunningResource;
import de.debitum.rest.internal.resources.LedgerResource;
import de.debitum.rest.internal.resources.LedgerSettingsResource;
import de.debitum.rest.internal.resources.MatchingResource;
import de.debitum.rest.internal.resources.OpenApiResource;
import de.debitum.rest.internal.resources.OutboxResource;
import de.debitum.rest.internal.resources.ReceivablesResource;
import de.debitum.rest.internal.resources.TenantResource;
import de.debitum.rest.internal.resources.UploadResource;

/**
 * Every endpoint under {@code /api/v1} except the health check: authenticates the caller, checks
 * role and tenant, runs the route's handler and writes JSON or a JSON error.
 *
 * <p>NOTE: this is a plain servlet on the HTTP Whiteboard with its own route table, not the OSGi
 * JAX-RS Whiteboard that the architecture names. The JAX-RS bundles (Aries whiteboard, CXF) were
 * not tried in this distribution; the HTTP contract in docs/api.md does not depend on the choice.
 */
@Component(service = Servlet.class, configurationPid = "de.debitum.rest")
@HttpWhiteboardServletName("debitum-api")
@HttpWhiteboardServletPattern("/api/v1/*")
@Designate(ocd = ApiServlet.Config.class)
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final String HEALTH_PATH = "/api/v1/health";

    @ObjectClassDefinition(name = "Debitum HTTP API")
    public @interface Config {

        @AttributeDefinition(description = "Requests per minute and API key; more get status 429")
        int apiKeyRequestsPerMinute() default 600;

        @AttributeDefinition(description = "Maximum size of an uploaded file in bytes")
        long uploadMaxBytes() default 20L * 1024 * 1024;

        @AttributeDefinition(description = "Maximum size of a JSON request body in bytes")
        long jsonMaxBytes() default 64L * 1024;

        @AttributeDefinition(description = "bcrypt cost of new password hashes (2^cost rounds)")
        int passwordCost() default PasswordHasher.DEFAULT_COST;

        @AttributeDefinition(description = "File with the token signing key, unless DEBITUM_TOKEN_KEY is set;"
                + " default etc/debitum-token.key")
        String tokenKeyFile() default "";

        @AttributeDefinition(description = "File with the first password of user admin, unless DEBITUM_ADMIN_PASSWORD"
                + " is set; default etc/debitum-admin-password")
        String adminPasswordFile() default "";
    }

    private final transient Router router;
    private final transient ApiServices services;
    private final long jsonMaxBytes;
    private final transient ExecutorService starter;
    private final transient HealthService health;

    @Activate
    public ApiServlet(@Reference TenantStore tenants, @Reference UserStore users, @Reference ApiKeyStore apiKeys,
                      @Reference ReceivablesQueries queries, @Reference DocumentStore documents,
                      @Reference DebtorStore debtors, @Reference AuditTrail audit, @Reference AllocationStore allocations,
                      @Reference ImportBatchStore imports, @Reference ImportProgressService importProgress,
                      @Reference ConnectorHostService host,
                      @Reference ConnectorInstanceStore instances, @Reference CompanyProfileStore companyProfiles,
                      @Reference LedgerService ledger, @Reference LedgerExportStore ledgerExports,
                      @Reference ConnectorBundleService connectorBundles, @Reference InvoiceSending invoiceSending,
                      @Reference PaymentStore payments, @Reference MatchReviewStore review,
                      @Reference MatchingService matching, @Reference DunningRunService dunning,
                       @Reference DunningStore dunningStore, @Reference OutboxStore outbox,
                       @Reference DunningLetterRenderer letterRenderer, @Reference HealthService health,
                       Config config) {
        Clock clock = Clock.systemUTC();
        PasswordHasher hasher = new PasswordHasher(config.passwordCost());
        TokenService tokens = new TokenService(SigningKey.load(System.getenv(SigningKey.KEY_VARIABLE),
                etcFile(config.tokenKeyFile(), "debitum-token.key")), clock);
        Authenticator authenticator = new Authenticator(users, apiKeys, hasher, tokens,
                new RateLimiter(config.apiKeyRequestsPerMinute(), clock));
        this.services = new ApiServices(tenants, users, apiKeys, queries, documents, debtors, audit, allocations,
                imports, importProgress, host, instances, companyProfiles, ledger, ledgerExports, connectorBundles, invoiceSending,
                payments, review, matching, dunning, dunningStore, outbox, letterRenderer, authenticator, hasher, clock,
                config.uploadMaxBytes());
        this.jsonMaxBytes = config.jsonMaxBytes();
        this.health = health;
        this.router = routes(services);

        // The store waits for the database on first use, so the first operator is created off the
        // activation thread.
        Path adminPasswordFile = etcFile(config.adminPasswordFile(), "debitum-admin-password");
        this.starter = Executors.newSingleThreadExecutor(task -> new Thread(task, "debitum-rest-admin"));
        starter.execute(() -> {
            try {
                AdminAccount.createIfNoUser(users, hasher, System.getenv(AdminAccount.PASSWORD_VARIABLE), adminPasswordFile);
            } catch (RuntimeException e) {
                if (starter.isShutdown()) {
                    // Deactivated meanwhile (for example by a configuration change); the next activation tries again.
                    LOG.debug("First operator not created: the API was deactivated", e);
                    return;
                }
                LOG.error("Cannot create the first operator '{}': {}", AdminAccount.NAME, e.getMessage());
                LOG.debug("First operator failure", e);
            }
        });
    }

    /** Builds the route table; the OpenAPI route describes the others. */
    static Router routes(ApiServices services) {
        Router router = new Router();
        new AuthResource(services).register(router);
        new TenantResource(services).register(router);
        new ConnectorResource(services).register(router);
        new ReceivablesResource(services).register(router);
        new DocumentConfirmationResource(services).register(router);
        new UploadResource(services).register(router);
        new AccountResource(services).register(router);
        new CompanyResource(services).register(router);
        new LedgerResource(services).register(router);
        new LedgerSettingsResource(services.ledger()).register(router);
        new BundleResource(services.connectorBundles(), services.host()).register(router);
        new InvoiceSendingResource(services).register(router);
        new MatchingResource(services).register(router);
        new DunningResource(services, services.dunning(), services.dunningStore()).register(router);
        new OutboxResource(services).register(router);
        new OpenApiResource(router).register(router);
        return router;
    }

    @Deactivate
    void deactivate() {
        starter.shutdownNow();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Languages.fromHeader(request.getHeader("Accept-Language"));
        if (isHealthCheck(request)) {
            HealthServlet.send(health.check(), response);
            return;
        }
        try {
            String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
            Router.Match match = router.find(request.getMethod(), path);
            Principal principal = match.route().access() == Access.PUBLIC ? null
                    : services.authenticator().authenticate(request.getHeader("Authorization"));
            checkAccess(match, principal);
            Object body = match.route().handler().handle(new ApiRequest(request, principal, locale, match.variables(),
                    jsonMaxBytes));
            write(response, match.route().successStatus(), body, locale);
        } catch (ApiException e) {
            writeError(response, e, locale);
        } catch (InvalidConfigurationException e) {
            StringBuilder de = new StringBuilder("Die Konfiguration ist ungültig:");
            StringBuilder en = new StringBuilder("The configuration is invalid:");
            e.problems().forEach(problem -> {
                de.append(' ').append(problem.key()).append(": ").append(problem.reason().de());
                en.append(' ').append(problem.key()).append(": ").append(problem.reason().en());
            });
            writeError(response, ApiException.badRequest(de.toString(), en.toString()), locale);
        } catch (NotFoundException e) {
            writeError(response, ApiException.notFound("Nicht gefunden: " + e.getMessage(), e.getMessage()), locale);
        } catch (IllegalArgumentException e) {
            writeError(response, ApiException.invalidInput(e), locale);
        } catch (Exception e) {
            LOG.error("Request {} {} failed: {}", request.getMethod(), request.getRequestURI(), e.toString());
            LOG.debug("Request failure", e);
            writeError(response, new ApiException(500, "internal_error", LocalizedText.of(
                    "Interner Fehler des Hubs. Bitte später erneut versuchen; das Protokoll des Hubs nennt die Ursache.",
                    "Internal error of the hub. Try again later; the hub's log names the cause.")), locale);
        }
    }

    /**
     * Tells whether the request is for {@code /api/v1/health}, which {@link HealthServlet} serves.
     * This servlet serves it too, because in a start where the health servlet was registered after the
     * web context had started, Pax Web 8.0.34 dispatched that exact path to the {@code /api/v1/*}
     * servlet with no path info, and the launcher never saw the hub healthy.
     */
    static boolean isHealthCheck(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? HEALTH_PATH.equals(request.getServletPath()) : pathInfo.equals("/health");
    }

    /** Checks operator routes and the tenant in the path: 404 for a tenant the caller may not see, 403 for a low role. */
    private void checkAccess(Router.Match match, Principal principal) {
        Access access = match.route().access();
        if (access == Access.PUBLIC || access == Access.AUTHENTICATED) {
            return;
        }
        if (access == Access.OPERATOR) {
            if (!principal.isOperator()) {
                throw ApiException.forbidden();
            }
            return;
        }
        String value = match.variables().get("t");
        ApiException unknownTenant = ApiException.notFound("Mandant '" + value + "' nicht gefunden.",
                "Tenant '" + value + "' not found.");
        TenantId tenant;
        try {
            tenant = TenantId.of(value);
        } catch (IllegalArgumentException e) {
            throw unknownTenant;
        }
        if (!principal.canSee(tenant) || services.tenants().find(tenant).isEmpty()) {
            throw unknownTenant;
        }
        if (access == Access.TENANT_ADMIN && !principal.canAdminister(tenant)) {
            throw ApiException.forbidden();
        }
    }

    private static void write(HttpServletResponse response, int status, Object body, Locale locale) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", locale.getLanguage());
        if (body == null || status == HttpServletResponse.SC_NO_CONTENT) {
            return;
        }
        if (body instanceof FileDownload file) {
            response.setContentType(file.contentType());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            response.setContentLength(file.content().length);
            response.getOutputStream().write(file.content());
            return;
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void writeError(HttpServletResponse response, ApiException error, Locale locale) throws IOException {
        if (error.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", String.valueOf(error.retryAfterSeconds()));
        }
        if (error.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        write(response, error.status(), Map.of("code", error.code(), "message", error.text().in(locale)), locale);
    }

    private static Path etcFile(String configured, String defaultName) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.etc", "etc"), defaultName);
    }
}
