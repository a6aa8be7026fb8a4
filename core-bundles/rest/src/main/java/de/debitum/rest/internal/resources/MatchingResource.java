package de.debitum.rest.internal.resources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.Payment;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The matching review: open suggestions with their explanations, confirm and reject, manual
 * allocation and undo. Clerks work this queue, so every role of the tenant may call it; the
 * caller's name is stored as the person who decided.
 */
public final class MatchingResource {

    private final ApiServices services;

    public MatchingResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/matching/suggestions", Access.TENANT_READ, 200,
                "List open matching suggestions with their explanations", this::suggestions,
                "page", "0-based page", "size", "page size, 1 to " + MatchReviewStore.MAX_PAGE);
        router.add("POST", "/tenants/{t}/matching/suggestions/{id}/confirm", Access.TENANT_READ, 200,
                "Confirm a suggestion: store its allocations and learn the payer", this::confirm);
        router.add("POST", "/tenants/{t}/matching/suggestions/{id}/reject", Access.TENANT_READ, 200,
                "Reject a suggestion: it is not proposed again", this::reject);
        router.add("GET", "/tenants/{t}/payments/{id}/allocations", Access.TENANT_READ, 200,
                "List a payment's allocations with their explanations", this::paymentAllocations);
        router.addWithBody("POST", "/tenants/{t}/payments/{id}/allocations", Access.TENANT_READ, 201,
                "Allocate a payment to a document by hand", this::allocate);
        router.add("DELETE", "/tenants/{t}/allocations/{id}", Access.TENANT_READ, 200,
                "Undo an allocation: the document is open again", this::undo);
    }

    private Object suggestions(ApiRequest request) {
        TenantId tenant = request.tenant();
        int size = request.size();
        if (size > MatchReviewStore.MAX_PAGE) {
            throw ApiException.badRequest("Ungültiger Wert '" + size + "' für 'size': erlaubt sind 1 bis "
                    + MatchReviewStore.MAX_PAGE + ".", "Invalid value '" + size + "' for 'size': use 1 to "
                    + MatchReviewStore.MAX_PAGE + ".");
        }
        List<MatchSuggestion> open = services.matching().openSuggestions(tenant, request.page() * size, size);
        Map<Long, Payment> payments = new HashMap<>();
        List<Object> items = new ArrayList<>();
        for (MatchSuggestion suggestion : open) {
            Payment payment = payments.computeIfAbsent(suggestion.paymentId(),
                    id -> services.payments().find(tenant, id).orElse(null));
            items.add(view(tenant, suggestion, payment));
        }
        return Json.object("items", items, "page", request.page(), "size", size,
                "paymentsAwaitingReview", services.matching().paymentsAwaitingReview(tenant));
    }

    private Object confirm(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        List<Allocation> stored;
        try {
            stored = services.matching().confirmSuggestion(tenant, id, request.principal().name());
        } catch (IllegalStateException e) {
            throw decided(id, e);
        }
        return Json.object("suggestionId", id, "allocations", views(tenant, stored));
    }

    private Object reject(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        MatchSuggestion rejected;
        try {
            rejected = services.matching().rejectSuggestion(tenant, id, request.principal().name());
        } catch (IllegalStateException e) {
            throw decided(id, e);
        }
        return view(tenant, rejected, services.payments().find(tenant, rejected.paymentId()).orElse(null));
    }

    private Object paymentAllocations(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        services.payments().find(tenant, id).orElseThrow(() -> ApiException.notFound(
                "Zahlung " + id + " nicht gefunden.", "Payment " + id + " not found."));
        return Json.object("paymentId", id, "allocations", views(tenant, services.review().listForPayment(tenant, id)));
    }

    private Object allocate(ApiRequest request) throws Exception {
        TenantId tenant = request.tenant();
        long paymentId = request.pathId("id");
        JsonNode body = request.json();
        JsonNode documentNode = body.get("documentId");
        if (documentNode == null || !documentNode.canConvertToLong() || documentNode.asLong() <= 0) {
            throw ApiException.badRequest("Das Feld 'documentId' fehlt oder ist keine positive ganze Zahl.",
                    "The field 'documentId' is missing or not a positive whole number.");
        }
        long documentId = documentNode.asLong();
        Money amount = null;
        String amountText = Json.optionalText(body, "amount", 20);
        if (amountText != null) {
            ReceivableDocument document = services.documents().find(tenant, documentId).orElseThrow(() ->
                    ApiException.notFound("Beleg " + documentId + " nicht gefunden.", "Document " + documentId + " not found."));
            try {
                amount = Money.of(new BigDecimal(amountText), document.data().currency());
            } catch (NumberFormatException | ArithmeticException e) {
                throw ApiException.badRequest("Ungültiger Betrag '" + amountText + "': bitte wie 119.00 angeben.",
                        "Invalid amount '" + amountText + "': write it like 119.00.");
            }
        }
        Allocation stored = services.matching().allocateManually(tenant, paymentId, documentId, amount,
                request.principal().name());
        return views(tenant, List.of(stored)).get(0);
    }

    private Object undo(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        Allocation reversal;
        try {
            reversal = services.matching().undo(tenant, id, request.principal().name());
        } catch (IllegalStateException e) {
            throw ApiException.conflict("Die Zuordnung " + id + " kann nicht rückgängig gemacht werden: sie ist bereits"
                    + " rückgängig gemacht oder selbst eine Stornierung.", e.getMessage());
        }
        return Json.object("undoneAllocationId", id, "reversal", views(tenant, List.of(reversal)).get(0));
    }

    private static ApiException decided(long id, IllegalStateException e) {
        return ApiException.conflict("Der Zahlungsvorschlag " + id + " ist nicht mehr offen; bitte die Liste neu laden.",
                e.getMessage());
    }

    private Map<String, Object> view(TenantId tenant, MatchSuggestion suggestion, Payment payment) {
        Map<String, Object> view = Json.object("id", suggestion.id(), "paymentId", suggestion.paymentId(),
                "debtorId", suggestion.debtorId(), "rank", suggestion.rank(),
                "score", suggestion.score().toPlainString(), "rule", suggestion.rule(),
                "state", suggestion.state().name().toLowerCase(java.util.Locale.ROOT),
                "decidedBy", suggestion.decidedBy(),
                "decidedAt", suggestion.decidedAt() == null ? null : suggestion.decidedAt().toString(),
                "explanation", explanation(suggestion.explanation()), "allocations", views(tenant, suggestion.allocations()));
        if (payment != null) {
            var data = payment.data();
            view.put("payment", Json.object("id", payment.id(), "bookingDate", String.valueOf(data.bookingDate()),
                    "amount", Json.amount(data.amount().amount()), "currency", data.amount().currency().getCurrencyCode(),
                    "counterpartyName", data.counterpartyName(), "remittanceText", data.remittanceText()));
        }
        return view;
    }

    /** Returns allocations as JSON with the document number, explanation and undo state. */
    private List<Map<String, Object>> views(TenantId tenant, List<Allocation> allocations) {
        List<Long> stored = allocations.stream().map(Allocation::id).filter(id -> id > 0).toList();
        Map<Long, String> explanations = stored.isEmpty() ? Map.of() : services.review().explanations(tenant, stored);
        Set<Long> undone = stored.isEmpty() ? Set.of() : services.review().undoneAllocations(tenant);
        Map<Long, String> numbers = new HashMap<>();
        List<Map<String, Object>> result = new ArrayList<>();
        for (Allocation allocation : allocations) {
            String number = numbers.computeIfAbsent(allocation.documentId(), id -> services.documents().find(tenant, id)
                    .map(document -> document.data().number()).orElse(null));
            result.add(Json.object("id", allocation.id() > 0 ? allocation.id() : null,
                    "documentId", allocation.documentId(), "documentNumber", number,
                    "paymentId", allocation.paymentId(), "creditNoteId", allocation.creditNoteId(),
                    "kind", allocation.kind().name(), "amount", Json.amount(allocation.amount().amount()),
                    "currency", allocation.amount().currency().getCurrencyCode(),
                    "rule", allocation.origin().rule(),
                    "confidence", allocation.origin().confidence() == null ? null
                            : allocation.origin().confidence().toPlainString(),
                    "user", allocation.origin().user(),
                    "createdAt", allocation.createdAt() == null ? null : allocation.createdAt().toString(),
                    "undone", undone.contains(allocation.id()),
                    "explanation", explanation(explanations.get(allocation.id()))));
        }
        return result;
    }

    /** Returns the stored explanation JSON as a tree, or null. */
    private static JsonNode explanation(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Written by the matching bundle, so this means a damaged row; the rest of the answer stays useful.
            return Json.MAPPER.getNodeFactory().textNode(json);
        }
    }
}
