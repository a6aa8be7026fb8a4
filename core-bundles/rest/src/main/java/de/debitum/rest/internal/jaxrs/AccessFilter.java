package de.debitum.rest.internal.jaxrs;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;

import de.debitum.api.model.TenantId;
import de.debitum.rest.internal.ApiApplication;
import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;

/**
 * Finds the route of a request, authenticates the caller unless the route is public (API keys
 * count against their rate limit there), and checks role and tenant. It stores the route and the
 * caller as request attributes for {@link RouteTableResource}. A failure reaches
 * {@link ApiExceptionMapper} as an {@link ApiException}.
 */
public final class AccessFilter implements ContainerRequestFilter {

    /** Request attribute with the {@link Router.Match} of the request. */
    static final String MATCH_ATTRIBUTE = AccessFilter.class.getName() + ".match";
    /** Request attribute with the authenticated {@link Principal}; absent on public routes. */
    static final String PRINCIPAL_ATTRIBUTE = AccessFilter.class.getName() + ".principal";

    private final Router router;
    private final ApiServices services;

    // A proxy for the current request, which CXF injects into singletons.
    @Context
    private HttpServletRequest request;

    public AccessFilter(Router router, ApiServices services) {
        this.router = router;
        this.services = services;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (ApiApplication.isHealthCheck(request)) {
            return;
        }
        Router.Match match = router.find(context.getMethod(), RouteTableResource.routePath(context.getUriInfo()));
        Principal principal = match.route().access() == Access.PUBLIC ? null
                : services.authenticator().authenticate(context.getHeaderString("Authorization"));
        checkAccess(match, principal);
        request.setAttribute(MATCH_ATTRIBUTE, match);
        if (principal != null) {
            request.setAttribute(PRINCIPAL_ATTRIBUTE, principal);
        }
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
}
