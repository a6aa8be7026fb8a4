package de.debitum.rest.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.debitum.api.ingest.DuplicateNotice;
import de.debitum.api.ingest.FileRejection;
import de.debitum.api.ingest.ImportProgress;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.ImportWarning;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.Payment;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.DebtorSummary;
import de.debitum.api.query.DocumentFilter;
import de.debitum.api.query.DocumentSort;
import de.debitum.api.query.DocumentStatus;
import de.debitum.api.query.DocumentSummary;
import de.debitum.api.query.ImportBatchSummary;
import de.debitum.api.query.PaymentSummary;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** Debtors, documents, payments and import batches of a tenant. */
public final class ReceivablesResource {

    private final ApiServices services;

    public ReceivablesResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/debtors", Access.TENANT_READ, 200, "List debtors", this::debtors,
                "q", "start of the name or customer number", "page", "0-based page", "size", "page size, 1 to 500");
        router.add("GET", "/tenants/{t}/debtors/{id}", Access.TENANT_READ, 200, "One debtor", this::debtor);
        router.add("GET", "/tenants/{t}/documents", Access.TENANT_READ, 200, "List documents", this::documents,
                "status", "open, overdue or paid", "debtor", "debtor id", "q", "start of the number or debtor name",
                "sort", "dueDate, issueDate, number or amount; a leading - sorts descending (default -issueDate)",
                "page", "0-based page", "size", "page size, 1 to 500");
        router.add("GET", "/tenants/{t}/documents/{id}", Access.TENANT_READ, 200,
                "One document with its audit history", this::document);
        router.add("GET", "/tenants/{t}/payments", Access.TENANT_READ, 200, "List payments", this::payments,
                "unallocated", "true: only incoming payments without allocation", "page", "0-based page",
                "size", "page size, 1 to 500");
        router.add("POST", "/tenants/{t}/payments/{id}/undo-duplicate", Access.TENANT_READ, 200,
                "Undo the duplicate decision: the payment counts on its own and the next matching run considers it",
                this::undoDuplicate);
        router.add("GET", "/tenants/{t}/imports", Access.TENANT_READ, 200,
                "List import batches, newest first, files rejected as a whole included", this::imports,
                "page", "0-based page", "size", "page size, 1 to 500");
        router.add("GET", "/tenants/{t}/import-progress", Access.TENANT_READ, 200,
                "Unfinished import runs on this hub node with the records stored and processed so far",
                this::importProgress);
        router.add("GET", "/tenants/{t}/imports/{id}", Access.TENANT_READ, 200,
                "One import batch with rejections, duplicates, records imported with a warning, and the file"
                        + " rejection of a file the connector rejected as a whole", this::importBatch);
    }

    private Object debtors(ApiRequest request) {
        String text = searchText(request);
        return Json.page(services.queries().debtors(request.tenant(), text, request.page(), request.size()),
                ReceivablesResource::view);
    }

    private Object debtor(ApiRequest request) {
        long id = request.pathId("id");
        Debtor debtor = services.debtors().find(request.tenant(), id).orElseThrow(() -> notFound("Debitor", "Debtor", id));
        var data = debtor.data();
        return view(new DebtorSummary(debtor.id(), debtor.source(), data.externalId(), data.customerNumber(), data.name(),
                data.address() == null ? null : data.address().city(),
                data.address() == null ? null : data.address().countryCode(), data.email(), data.consumer(),
                debtor.dunningBlock() != null));
    }

    private Object documents(ApiRequest request) {
        DocumentStatus status = enumParameter(request, "status", DocumentStatus.class);
        Long debtor = null;
        if (request.query("debtor") != null) {
            try {
                debtor = Long.parseLong(request.query("debtor"));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Ungültige Debitor-Id '" + request.query("debtor") + "': bitte eine Zahl angeben.",
                        "Invalid debtor id '" + request.query("debtor") + "': use a number.");
            }
        }
        String sortValue = request.query("sort") == null ? "-issueDate" : request.query("sort");
        boolean descending = sortValue.startsWith("-");
        DocumentSort sort = switch (descending ? sortValue.substring(1) : sortValue) {
            case "dueDate" -> DocumentSort.DUE_DATE;
            case "issueDate" -> DocumentSort.ISSUE_DATE;
            case "number" -> DocumentSort.NUMBER;
            case "amount" -> DocumentSort.AMOUNT;
            default -> throw ApiException.badRequest("Ungültige Sortierung '" + sortValue
                    + "': erlaubt sind dueDate, issueDate, number, amount, mit - davor absteigend.",
                    "Invalid sort '" + sortValue + "': use dueDate, issueDate, number or amount, with a leading - for"
                            + " descending.");
        };
        DocumentFilter filter = new DocumentFilter(status, debtor, searchText(request), sort, descending, today());
        return Json.page(services.queries().documents(request.tenant(), filter, request.page(), request.size()),
                ReceivablesResource::view);
    }

    private Object document(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        ReceivableDocument document = services.documents().find(tenant, id)
                .orElseThrow(() -> notFound("Beleg", "Document", id));
        DocumentData data = document.data();
        Debtor debtor = services.debtors().find(tenant, document.debtorId()).orElse(null);
        OpenItem open = services.allocations().openItem(tenant, id).orElse(null);
        java.math.BigDecimal openAmount = open == null ? data.amountDue().amount() : open.open().amount();
        DocumentStatus status = openAmount.signum() <= 0 ? DocumentStatus.PAID
                : data.dueDate() != null && data.dueDate().isBefore(today()) ? DocumentStatus.OVERDUE : DocumentStatus.OPEN;
        List<Object> audit = new ArrayList<>();
        for (AuditEvent event : services.audit().forDocument(tenant, id)) {
            audit.add(Json.object("id", event.id(), "occurredAt", event.occurredAt().toString(), "type", event.type().name(),
                    "subjectType", event.subjectType(), "subjectId", event.subjectId(), "actor", event.actor(),
                    "details", event.details()));
        }
        Map<String, Object> view = view(new DocumentSummary(document.id(), data.number(), data.kind(), document.debtorId(),
                debtor == null ? null : debtor.data().name(), data.issueDate(), data.dueDate(),
                data.currency().getCurrencyCode(), data.grossTotal().amount(), data.amountDue().amount(), openAmount, status,
                document.source()));
        view.put("netTotal", Json.amount(data.netTotal().amount()));
        view.put("taxTotal", Json.amount(data.taxTotal().amount()));
        view.put("orderReference", data.orderReference());
        view.put("buyerReference", data.buyerReference());
        view.put("bookedOn", document.bookedOn() == null ? null : document.bookedOn().toString());
        view.putAll(DocumentConfirmationResource.detailFields(data, services.documents().confirmation(tenant, id)));
        view.put("audit", audit);
        return view;
    }

    private Object payments(ApiRequest request) {
        String unallocated = request.query("unallocated");
        if (unallocated != null && !unallocated.equals("true") && !unallocated.equals("false")) {
            throw ApiException.badRequest("Ungültiger Wert '" + unallocated + "' für 'unallocated': true oder false.",
                    "Invalid value '" + unallocated + "' for 'unallocated': use true or false.");
        }
        return Json.page(services.queries().payments(request.tenant(), "true".equals(unallocated), request.page(),
                request.size()), ReceivablesResource::view);
    }

    private Object undoDuplicate(ApiRequest request) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        Payment before = services.payments().find(tenant, id).orElseThrow(() -> notFound("Zahlung", "Payment", id));
        if (!before.isDuplicate()) {
            throw notDuplicate(id);
        }
        Payment undone;
        try {
            undone = services.payments().undoDuplicate(tenant, id, request.actor());
        } catch (IllegalStateException e) {
            // Another user undid it between the read above and this call.
            throw notDuplicate(id);
        }
        return Json.object("id", undone.id(), "source", undone.source(), "duplicateOf", undone.duplicateOf(),
                "formerDuplicateOf", before.duplicateOf());
    }

    private static ApiException notDuplicate(long id) {
        return ApiException.conflict("Die Zahlung " + id + " ist nicht als Dublette markiert, also gibt es nichts rückgängig"
                        + " zu machen. Bitte die Ansicht neu laden.",
                "Payment " + id + " is not marked as a duplicate, so there is nothing to undo. Reload the view.");
    }

    private Object imports(ApiRequest request) {
        return Json.page(services.queries().imports(request.tenant(), request.page(), request.size()),
                ReceivablesResource::view);
    }

    private Object importProgress(ApiRequest request) {
        List<Object> runs = new ArrayList<>();
        for (ImportProgress run : services.importProgress().running(request.tenant())) {
            runs.add(Json.object("instanceId", run.instanceId(), "source", run.source(),
                    "startedAt", run.startedAt().toString(), "updatedAt", run.updatedAt().toString(),
                    "recordsStored", run.recordsStored(), "recordsInBatch", run.recordsInBatch(),
                    "recordsProcessed", run.recordsProcessed(), "recordsSoFar", run.recordsSoFar()));
        }
        return runs;
    }

    private Object importBatch(ApiRequest request) {
        long id = request.pathId("id");
        ImportReport report = services.imports().find(request.tenant(), id)
                .orElseThrow(() -> notFound("Importlauf", "Import batch", id));
        List<Object> rejections = new ArrayList<>();
        for (Rejection rejection : report.rejections()) {
            rejections.add(Json.object("recordType", rejection.recordType(), "externalId", rejection.externalId(),
                    "field", rejection.field(), "value", rejection.value(), "rule", rejection.rule(),
                    "message", rejection.message()));
        }
        List<Object> duplicates = new ArrayList<>();
        for (DuplicateNotice duplicate : report.duplicates()) {
            // The batch keeps its notices, and "undone" is true once a user has reversed the decision.
            boolean undone = services.payments().find(request.tenant(), duplicate.paymentId())
                    .map(payment -> !payment.isDuplicate()).orElse(false);
            duplicates.add(Json.object("paymentId", duplicate.paymentId(), "externalId", duplicate.externalId(),
                    "originalPaymentId", duplicate.originalId(), "originalSource", duplicate.originalSource(),
                    "undone", undone));
        }
        List<Object> warnings = new ArrayList<>();
        for (ImportWarning warning : report.warnings()) {
            warnings.add(Json.object("recordType", warning.recordType(), "externalId", warning.externalId(),
                    "code", warning.code(), "messageDe", warning.messageDe(), "messageEn", warning.messageEn()));
        }
        return Json.object("id", report.batchId(), "source", report.source(), "instanceId", report.instanceId(),
                "received", report.received(), "created", report.created(), "updated", report.updated(),
                "unchanged", report.unchanged(), "rejected", report.rejected(), "duplicates", report.duplicates().size(),
                "importedWithWarning", report.importedWithWarning(), "fileRejection", view(report.fileRejection()),
                "rejections", rejections, "duplicateNotices", duplicates, "warnings", warnings);
    }

    private LocalDate today() {
        return LocalDate.now(services.clock().withZone(TenantResource.BUSINESS_ZONE));
    }

    private static String searchText(ApiRequest request) {
        String text = request.query("q");
        if (text != null && text.length() > 100) {
            throw ApiException.badRequest("Der Suchtext ist länger als 100 Zeichen.", "The search text is longer than 100 characters.");
        }
        return text;
    }

    private static <E extends Enum<E>> E enumParameter(ApiRequest request, String name, Class<E> type) {
        String value = request.query(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Ungültiger Wert '" + value + "' für '" + name + "'.",
                    "Invalid value '" + value + "' for '" + name + "'.");
        }
    }

    private static ApiException notFound(String german, String english, long id) {
        return ApiException.notFound(german + " " + id + " nicht gefunden.", english + " " + id + " not found.");
    }

    static Map<String, Object> view(DebtorSummary debtor) {
        return Json.object("id", debtor.id(), "source", debtor.source(), "externalId", debtor.externalId(),
                "customerNumber", debtor.customerNumber(), "name", debtor.name(), "city", debtor.city(),
                "countryCode", debtor.countryCode(), "email", debtor.email(), "consumer", debtor.consumer(),
                "dunningBlocked", debtor.dunningBlocked());
    }

    static Map<String, Object> view(DocumentSummary document) {
        return Json.object("id", document.id(), "number", document.number(), "kind", document.kind().name(),
                "debtorId", document.debtorId(), "debtorName", document.debtorName(),
                "issueDate", document.issueDate().toString(),
                "dueDate", document.dueDate() == null ? null : document.dueDate().toString(),
                "currency", document.currency(), "grossTotal", Json.amount(document.grossTotal()),
                "amountDue", Json.amount(document.amountDue()), "openAmount", Json.amount(document.openAmount()),
                "status", document.status().name().toLowerCase(Locale.ROOT), "source", document.source());
    }

    static Map<String, Object> view(PaymentSummary payment) {
        return Json.object("id", payment.id(), "source", payment.source(), "bookingDate", payment.bookingDate().toString(),
                "valueDate", payment.valueDate() == null ? null : payment.valueDate().toString(),
                "amount", Json.amount(payment.amount()), "currency", payment.currency(),
                "counterpartyName", payment.counterpartyName(), "remittanceText", payment.remittanceText(),
                "duplicateOf", payment.duplicateOf(), "allocated", Json.amount(payment.allocated()));
    }

    static Map<String, Object> view(ImportBatchSummary batch) {
        return Json.object("id", batch.id(), "source", batch.source(), "instanceId", batch.instanceId(),
                "startedAt", batch.startedAt().toString(), "finishedAt", batch.finishedAt().toString(),
                "received", batch.received(), "created", batch.created(), "updated", batch.updated(),
                "unchanged", batch.unchanged(), "rejected", batch.rejected(), "duplicates", batch.duplicates(),
                "fileRejection", view(batch.fileRejection()));
    }

    /** Returns the file a connector rejected as a whole, or null for a batch of records. */
    static Map<String, Object> view(FileRejection rejection) {
        return rejection == null ? null : Json.object("fileName", rejection.fileName(),
                "messageDe", rejection.messageDe(), "messageEn", rejection.messageEn());
    }
}
