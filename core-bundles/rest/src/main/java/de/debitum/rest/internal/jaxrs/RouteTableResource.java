package de.debitum.rest.internal.jaxrs;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import de.debitum.api.health.HealthService;
import de.debitum.rest.internal.ApiApplication;
import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Languages;
import de.debitum.rest.internal.http.Router;

/**
 * Serves every path below {@code /api/v1} with every method by running the handler of the route
 * that {@link AccessFilter} found and checked, so that unknown paths and methods get the route
 * table's 404 and 405 errors. It also serves the health check (see
 * {@link ApiApplication#isHealthCheck}).
 */
@Path("/")
public final class RouteTableResource {

    private final HealthService health;
    private final long jsonMaxBytes;

    // A proxy for the current request, which CXF injects into singletons.
    @Context
    private HttpServletRequest request;

    public RouteTableResource(HealthService health, long jsonMaxBytes) {
        this.health = health;
        this.jsonMaxBytes = jsonMaxBytes;
    }

    @GET
    @Path("{path: .*}")
    public Response get() throws Exception {
        if (ApiApplication.isHealthCheck(request)) {
            return ApiResponses.health(health.check());
        }
        return handle();
    }

    @POST
    @Path("{path: .*}")
    public Response post() throws Exception {
        return handle();
    }

    @PUT
    @Path("{path: .*}")
    public Response put() throws Exception {
        return handle();
    }

    @DELETE
    @Path("{path: .*}")
    public Response delete() throws Exception {
        return handle();
    }

    @PATCH
    @Path("{path: .*}")
    public Response patch() throws Exception {
        return handle();
    }

    @HEAD
    @Path("{path: .*}")
    public Response head() throws Exception {
        return handle();
    }

    @OPTIONS
    @Path("{path: .*}")
    public Response options() throws Exception {
        return handle();
    }

    /** Returns the request's path below the application base, with a leading slash, as the route table matches it. */
    static String routePath(UriInfo uriInfo) {
        String path = uriInfo.getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    private Response handle() throws Exception {
        Router.Match match = (Router.Match) request.getAttribute(AccessFilter.MATCH_ATTRIBUTE);
        Principal principal = (Principal) request.getAttribute(AccessFilter.PRINCIPAL_ATTRIBUTE);
        Locale locale = Languages.fromHeader(request.getHeader("Accept-Language"));
        Object body = match.route().handler().handle(new ApiRequest(request, principal, locale, match.variables(),
                jsonMaxBytes));
        return ApiResponses.success(match.route().successStatus(), body, locale);
    }
}
