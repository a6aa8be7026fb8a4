package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.TenantId;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * A person's confirmation of a document that dunning skips until then: a booking aid, a document
 * without VAT breakdown, or one read from a PDF's text. Also builds the flags, warnings and
 * confirmation fields of the document detail.
 */
public final class DocumentConfirmationResource {

    private final ApiServices services;

    public DocumentConfirmationResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("POST", "/tenants/{t}/documents/{id}/confirm", Access.TENANT_ADMIN, 200,
                "Confirm a flagged or unsafe-source document's data so that dunning may include it", this::confirm);
    }

    private Object confirm(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        if (services.documents().find(tenant, id).isEmpty()) {
            throw ApiException.notFound("Beleg " + id + " nicht gefunden.", "Document " + id + " not found.");
        }
        String actor = request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
        return view(services.documents().confirm(tenant, id, actor));
    }

    /**
     * Returns the detail fields about dunning readiness: {@code safeSource}, {@code flags} and
     * {@code warnings} (each with code and German and English message), {@code needsConfirmation}
     * and the {@code confirmation}, null when no person confirmed.
     */
    static Map<String, Object> detailFields(DocumentData data, Optional<DocumentConfirmation> confirmation) {
        List<Object> flags = new ArrayList<>();
        for (DocumentFlag flag : data.flags()) {
            flags.add(Json.object("code", flag.name(), "messageDe", flag.reasonDe(), "messageEn", flag.reasonEn()));
        }
        List<Object> warnings = new ArrayList<>();
        for (DocumentWarning warning : data.warnings()) {
            warnings.add(Json.object("code", warning.code(), "messageDe", warning.messageDe(),
                    "messageEn", warning.messageEn()));
        }
        return Json.object("safeSource", data.safeSource(), "flags", flags, "warnings", warnings,
                "needsConfirmation", data.needsConfirmation(),
                "confirmation", confirmation.map(DocumentConfirmationResource::view).orElse(null));
    }

    private static Map<String, Object> view(DocumentConfirmation confirmation) {
        return Json.object("documentId", confirmation.documentId(), "confirmedBy", confirmation.confirmedBy(),
                "confirmedAt", confirmation.confirmedAt().toString());
    }
}
