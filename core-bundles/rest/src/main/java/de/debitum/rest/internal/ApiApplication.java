package de.debitum.rest.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.auth.ApiKeyStore;
import de.debitum.api.auth.UserStore;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.connector.ConnectorBundleService;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorInstanceStore;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.health.HealthService;
import de.debitum.api.ingest.ImportProgressService;
import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.query.ReceivablesQueries;
import de.debitum.api.store.AllocationStore;
import de.debitum.api.store.AuditTrail;
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.ImportBatchStore;
import de.debitum.api.output.InvoiceSending;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.api.store.PaymentStore;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.ledger.LedgerService;
import de.debitum.matching.MatchingService;
import de.debitum.output.DeliveryFeedback;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.rest.internal.auth.AdminAccount;
import de.debitum.rest.internal.auth.Authenticator;
import de.debitum.rest.internal.auth.PasswordHasher;
import de.debitum.rest.internal.auth.RateLimiter;
import de.debitum.rest.internal.auth.SigningKey;
import de.debitum.rest.internal.auth.TokenService;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.jaxrs.AccessFilter;
import de.debitum.rest.internal.jaxrs.ApiExceptionMapper;
import de.debitum.rest.internal.jaxrs.RouteTableResource;
import de.debitum.rest.internal.resources.AccountResource;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.rest.internal.resources.AuthResource;
import de.debitum.rest.internal.resources.BounceMailboxResource;
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
 * The HTTP API under {@code /api/v1} as one application on the OSGi JAX-RS Whiteboard: the
 * {@link AccessFilter} authenticates the caller and checks role and tenant, the
 * {@link RouteTableResource} runs the route's handler and writes JSON, and the
 * {@link ApiExceptionMapper} turns every failure into a JSON error in the caller's language.
 *
 * <p>One application service with its singletons, not one whiteboard service per resource and
 * filter, so that no resource is ever served before its access filter is bound.
 *
 * <p>TODO: the handlers still come from the route table ({@link Router}) behind one catch-all
 * JAX-RS resource; annotated JAX-RS resources per area (receivables, dunning, ledger, ...) are the
 * next step, after which the route table can go.
 */
@Component(service = Application.class, configurationPid = "de.debitum.rest")
@JaxrsName(ApiApplication.NAME)
@JaxrsApplicationBase("api/v1")
@Designate(ocd = ApiApplication.Config.class)
public class ApiApplication extends Application {

    /** The application's name on the JAX-RS Whiteboard. */
    public static final String NAME = "debitum-api";
    private static final Logger LOG = LoggerFactory.getLogger(ApiApplication.class);
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

    private final Set<Object> singletons;
    private final ExecutorService starter;

    @Activate
    public ApiApplication(@Reference TenantStore tenants, @Reference UserStore users, @Reference ApiKeyStore apiKeys,
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
                       @Reference DunningLetterRenderer letterRenderer, @Reference DeliveryFeedback deliveryFeedback,
                       @Reference HealthService health, Config config) {
        Clock clock = Clock.systemUTC();
        PasswordHasher hasher = new PasswordHasher(config.passwordCost());
        TokenService tokens = new TokenService(SigningKey.load(System.getenv(SigningKey.KEY_VARIABLE),
                etcFile(config.tokenKeyFile(), "debitum-token.key")), clock);
        Authenticator authenticator = new Authenticator(users, apiKeys, hasher, tokens,
                new RateLimiter(config.apiKeyRequestsPerMinute(), clock));
        ApiServices services = new ApiServices(tenants, users, apiKeys, queries, documents, debtors, audit, allocations,
                imports, importProgress, host, instances, companyProfiles, ledger, ledgerExports, connectorBundles, invoiceSending,
                payments, review, matching, dunning, dunningStore, outbox, letterRenderer, deliveryFeedback, authenticator,
                hasher, clock, config.uploadMaxBytes());
        Router router = routes(services);
        this.singletons = Set.of(new AccessFilter(router, services), new ApiExceptionMapper(),
                new RouteTableResource(health, config.jsonMaxBytes()));

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
        new BounceMailboxResource(services.deliveryFeedback()).register(router);
        new OpenApiResource(router).register(router);
        return router;
    }

    @Deactivate
    void deactivate() {
        starter.shutdownNow();
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }

    /**
     * Tells whether the request is for {@code /api/v1/health}. The application serves it itself,
     * because the JAX-RS Whiteboard (Aries 2.0.2) gives it a servlet context of its own at
     * {@code /api/v1}, which Jetty picks over the root context of {@link HealthServlet}. The health
     * servlet serves it while the application is not registered. A servlet at {@code /api/v1/*} in
     * the root context also got that exact path, with no path info, in a start where Pax Web 8.0.34
     * registered the health servlet after the web context had started.
     */
    public static boolean isHealthCheck(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? HEALTH_PATH.equals(request.getServletPath()) : pathInfo.equals("/health");
    }

    private static Path etcFile(String configured, String defaultName) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.etc", "etc"), defaultName);
    }
}
