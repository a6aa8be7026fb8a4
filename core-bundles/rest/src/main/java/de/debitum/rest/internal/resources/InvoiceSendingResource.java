package de.debitum.rest.internal.resources;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.output.InvoiceSendSettings;
import de.debitum.api.output.InvoiceSending;
import de.debitum.api.output.PlannedInvoice;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** Sending imported invoices to debtors: the send-on-import setting and the preview of what would go out. */
public final class InvoiceSendingResource {

    private final ApiServices services;

    public InvoiceSendingResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/output/invoice-preview", Access.TENANT_READ, 200,
                "The invoices of the last days that sending would send, with channel, recipient and form, or why not",
                this::preview);
        router.add("GET", "/tenants/{t}/output/invoice-sending", Access.TENANT_READ, 200,
                "Whether invoices go out to debtors on import", this::settings);
        router.addWithBody("PUT", "/tenants/{t}/output/invoice-sending", Access.TENANT_ADMIN, 200,
                "Turn sending invoices on import on or off", this::configure);
    }

    private Object preview(ApiRequest request) {
        int days = request.intQuery("days", 30, 1, 366);
        int limit = request.intQuery("limit", 100, 1, InvoiceSending.MAX_PREVIEW);
        InvoiceSending sending = services.invoiceSending();
        List<Map<String, Object>> invoices = sending.preview(request.tenant(), days, limit).stream()
                .map(InvoiceSendingResource::view).toList();
        return Json.object("sendOnImport", sending.settings(request.tenant()).sendOnImport(), "days", days,
                "invoices", invoices);
    }

    private Object settings(ApiRequest request) {
        return view(services.invoiceSending().settings(request.tenant()));
    }

    private Object configure(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        JsonNode value = body.path("sendOnImport");
        if (!value.isBoolean()) {
            throw ApiException.badRequest("'sendOnImport' muss true oder false sein.",
                    "'sendOnImport' must be true or false.");
        }
        String actor = request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
        return view(services.invoiceSending().configure(request.tenant(), value.booleanValue(), actor));
    }

    private static Map<String, Object> view(InvoiceSendSettings settings) {
        return Json.object("sendOnImport", settings.sendOnImport(), "enabledSince",
                settings.enabledSince() == null ? null : settings.enabledSince().toString());
    }

    private static Map<String, Object> view(PlannedInvoice plan) {
        return Json.object("documentId", plan.documentId(), "number", plan.number(), "debtorName", plan.debtorName(),
                "channel", plan.channel() == null ? null : plan.channel().name(), "recipient", plan.recipient(),
                "form", plan.form() == null ? null : plan.form().name(), "outboxEntryId", plan.outboxEntryId(),
                "problem", plan.problem());
    }
}
