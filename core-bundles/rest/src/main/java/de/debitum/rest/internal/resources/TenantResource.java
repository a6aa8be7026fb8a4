package de.debitum.rest.internal.resources;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.model.Tenant;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.Page;
import de.debitum.api.query.ReceivablesOverview;
import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** The caller, tenants and a tenant's overview figures. */
public final class TenantResource {

    /** Dates of the overview (today, overdue) follow the hub's German business days. */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Berlin");

    private final ApiServices services;

    public TenantResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/me", Access.AUTHENTICATED, 200, "The caller: name, role, tenants, language", this::me);
        router.add("GET", "/tenants", Access.OPERATOR, 200, "List tenants", this::list, "page", "0-based page",
                "size", "page size, 1 to 500");
        router.addWithBody("POST", "/tenants", Access.OPERATOR, 201, "Create a tenant from {id, name}", this::create);
        router.add("GET", "/tenants/{t}", Access.TENANT_READ, 200, "One tenant", this::get);
        router.add("GET", "/tenants/{t}/overview", Access.TENANT_READ, 200,
                "Open and overdue amounts, overdue buckets, DSO, unallocated payments, failed connectors", this::overview);
    }

    private Object me(ApiRequest request) {
        Principal caller = request.principal();
        List<String> tenants = caller.isOperator()
                ? services.tenants().list().stream().map(tenant -> tenant.id().value()).toList()
                : List.of(caller.tenant().value());
        return Json.object("name", caller.name(), "kind", caller.apiKeyId() == null ? "user" : "api-key",
                "role", caller.role().value(), "tenants", tenants, "language", caller.language());
    }

    private Object list(ApiRequest request) {
        int page = request.page();
        int size = request.size();
        // NOTE: the tenant store has no paginated query; a hub has few enough tenants to page in memory.
        List<Tenant> all = services.tenants().list();
        long offset = Page.offset(page, size);
        List<Tenant> items = all.stream().skip(offset).limit(size).toList();
        return Json.page(new Page<>(items, page, size, all.size()), TenantResource::view);
    }

    private Object create(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        String id = Json.requiredText(body, "id", 63);
        String name = Json.requiredText(body, "name", 200);
        TenantId tenant;
        try {
            tenant = TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Ungültige Mandanten-Id '" + id + "': erlaubt sind 1 bis 63 Kleinbuchstaben,"
                    + " Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer.", e.getMessage());
        }
        if (services.tenants().find(tenant).isPresent()) {
            throw ApiException.conflict("Den Mandanten '" + id + "' gibt es schon.", "Tenant '" + id + "' exists already.");
        }
        return view(services.tenants().create(tenant, name));
    }

    private Object get(ApiRequest request) {
        return view(services.tenants().find(request.tenant()).orElseThrow());
    }

    private Object overview(ApiRequest request) {
        TenantId tenant = request.tenant();
        LocalDate today = LocalDate.now(services.clock().withZone(BUSINESS_ZONE));
        ReceivablesOverview overview = services.queries().overview(tenant, today);
        List<Object> amounts = new ArrayList<>();
        for (ReceivablesOverview.CurrencyFigures figures : overview.amounts()) {
            amounts.add(Json.object("currency", figures.currency(), "open", Json.amount(figures.open()),
                    "overdue", Json.amount(figures.overdue()), "overdueBuckets", Json.object(
                            "days0to30", Json.amount(figures.days0to30()), "days31to60", Json.amount(figures.days31to60()),
                            "days61to90", Json.amount(figures.days61to90()), "over90", Json.amount(figures.over90())),
                    "dso", figures.dso()));
        }
        List<Object> failed = new ArrayList<>();
        for (InstanceStatus status : services.host().statuses(tenant)) {
            if (status.needsAttention()) {
                failed.add(Json.object("instanceId", status.instanceId(), "state", status.state().name(),
                        "lastError", status.lastError(),
                        "lastFileRejection", ReceivablesResource.view(status.lastFileRejection())));
            }
        }
        return Json.object("asOf", overview.asOf().toString(), "amounts", amounts,
                "openDocuments", overview.openDocuments(), "overdueDocuments", overview.overdueDocuments(),
                "unallocatedPayments", overview.unallocatedPayments(), "failedConnectors", failed);
    }

    static Map<String, Object> view(Tenant tenant) {
        return Json.object("id", tenant.id().value(), "name", tenant.name(), "createdAt", tenant.createdAt().toString());
    }
}
