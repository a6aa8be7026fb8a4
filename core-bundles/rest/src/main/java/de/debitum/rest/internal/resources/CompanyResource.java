package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.company.CompanyProfile;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** The tenant's company profile: sender, bank account and legal details of its letters. */
public final class CompanyResource {

    private final ApiServices services;

    public CompanyResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/company-profile", Access.TENANT_READ, 200, "The tenant's company profile",
                this::get);
        router.addWithBody("PUT", "/tenants/{t}/company-profile", Access.TENANT_ADMIN, 200,
                "Create or replace the tenant's company profile", this::put);
    }

    private Object get(ApiRequest request) {
        return services.companyProfiles().find(request.tenant()).map(CompanyResource::view)
                .orElseThrow(() -> ApiException.notFound(
                        "Für diesen Mandanten sind noch keine Firmendaten gespeichert.",
                        "No company profile is stored for this tenant yet."));
    }

    private Object put(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        List<String> directors = new ArrayList<>();
        JsonNode names = body.path("managingDirectors");
        if (!names.isMissingNode() && !names.isNull()) {
            if (!names.isArray() || names.size() > 10) {
                throw ApiException.badRequest("'managingDirectors' muss eine Liste von höchstens 10 Namen sein.",
                        "'managingDirectors' must be a list of at most 10 names.");
            }
            names.forEach(name -> directors.add(name.asText()));
        }
        // The record checks every value and names the invalid one; the servlet turns that into 400.
        CompanyProfile profile = new CompanyProfile(text(body, "companyName"), text(body, "street"),
                text(body, "postcode"), text(body, "city"), text(body, "countryCode"), text(body, "email"),
                text(body, "phone"), text(body, "iban"), text(body, "bic"), text(body, "bankName"),
                text(body, "vatId"), text(body, "registerCourt"), text(body, "registerNumber"), directors,
                text(body, "accentColour"));
        String actor = request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
        return view(services.companyProfiles().save(request.tenant(), profile, actor));
    }

    private static String text(JsonNode body, String field) {
        return Json.optionalText(body, field, 300);
    }

    static Map<String, Object> view(CompanyProfile profile) {
        return Json.object("companyName", profile.companyName(), "street", profile.street(),
                "postcode", profile.postcode(), "city", profile.city(), "countryCode", profile.countryCode(),
                "email", profile.email(), "phone", profile.phone(), "iban", profile.iban(), "bic", profile.bic(),
                "bankName", profile.bankName(), "vatId", profile.vatId(), "registerCourt", profile.registerCourt(),
                "registerNumber", profile.registerNumber(), "managingDirectors", profile.managingDirectors(),
                "accentColour", profile.accentColour());
    }
}
