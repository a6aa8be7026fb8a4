package de.debitum.rest.internal.resources;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.output.OutboxStore;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The output of a tenant: letters and e-mails in the outbox with their delivery state, the PDF of
 * each, and the retry of an entry that failed for good. A PDF download is an audit event.
 */
public final class OutboxResource {

    static final String PDF_CONTENT_TYPE = "application/pdf";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxResource.class);

    private final ApiServices services;
    private final OutboxStore outbox;

    public OutboxResource(ApiServices services) {
        this.services = services;
        this.outbox = services.outbox();
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/outbox", Access.TENANT_READ, 200,
                "Letters and e-mails with delivery state, newest first", this::list,
                "status", "queued, sending, sent, failed_transient or failed_final; default all",
                "channel", "email, post or print; default all",
                "page", "0-based page", "size", "page size, 1 to 500");
        router.add("GET", "/tenants/{t}/outbox/{id}", Access.TENANT_READ, 200, "One outbox entry", this::one);
        router.add("GET", "/tenants/{t}/outbox/{id}/pdf", Access.TENANT_READ, 200,
                "Download the PDF of an entry (application/pdf); the download is an audit event", this::pdf);
        router.add("POST", "/tenants/{t}/outbox/{id}/retry", Access.TENANT_ADMIN, 200,
                "Queue an entry that failed for good once more, after its cause is fixed", this::retry);
    }

    private Object list(ApiRequest request) {
        TenantId tenant = request.tenant();
        OutboxFilter filter = new OutboxFilter(choice(OutboxStatus.class, "status", request.query("status")),
                choice(OutboxChannel.class, "channel", request.query("channel")), null);
        int page = request.page();
        int size = request.size();
        OutboxPage result = outbox.list(tenant, filter, page * size, size);
        Map<Long, String> names = debtorNames(tenant, result.entries());
        List<Object> items = result.entries().stream().map(entry -> (Object) view(entry, names.get(entry.debtorId())))
                .toList();
        return Json.object("items", items, "page", page, "size", size, "total", result.total());
    }

    private Object one(ApiRequest request) {
        OutboxEntry entry = find(request);
        return view(entry, debtorNames(request.tenant(), List.of(entry)).get(entry.debtorId()));
    }

    private Object pdf(ApiRequest request) {
        OutboxEntry entry = find(request);
        TenantId tenant = request.tenant();
        byte[] content = outbox.pdf(tenant, entry.id()).orElseThrow(() -> notFound(String.valueOf(entry.id())));
        services.audit().append(tenant, AuditEventType.EXPORTED, "outbox-entry", String.valueOf(entry.id()),
                entry.debtorId(), entry.documentId(), request.actor(), "PDF of " + entry.documentKey() + " ("
                        + entry.channel().name().toLowerCase(Locale.ROOT) + ", " + content.length + " bytes) downloaded");
        return new FileDownload(PDF_CONTENT_TYPE, downloadName(entry), content);
    }

    private Object retry(ApiRequest request) {
        OutboxEntry entry = find(request);
        TenantId tenant = request.tenant();
        if (entry.status() != OutboxStatus.FAILED_FINAL) {
            throw notRetryable(entry);
        }
        OutboxEntry queued;
        try {
            queued = outbox.requeue(tenant, entry.id(), services.clock().instant());
        } catch (IllegalStateException e) {
            // Another request or the delivery worker changed the entry since it was read.
            throw notRetryable(outbox.find(tenant, entry.id()).orElse(entry));
        }
        LOG.info("Outbox entry {} of tenant {} queued again by {}", entry.id(), tenant, request.actor());
        return view(queued, debtorNames(tenant, List.of(queued)).get(queued.debtorId()));
    }

    private OutboxEntry find(ApiRequest request) {
        long id = request.pathId("id");
        return outbox.find(request.tenant(), id).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("Ausgangseintrag " + id + " nicht gefunden.", "Outbox entry " + id + " not found.");
    }

    private static ApiException notRetryable(OutboxEntry entry) {
        String status = entry.status().name().toLowerCase(Locale.ROOT);
        return ApiException.conflict("Eintrag " + entry.id() + " hat den Status '" + status + "'; nur endgültig"
                        + " fehlgeschlagene Einträge (failed_final) lassen sich erneut senden.",
                "Entry " + entry.id() + " has status '" + status + "'; only entries that failed for good"
                        + " (failed_final) can be sent again.");
    }

    /** Returns the debtors' names by id; a lookup with a null id returns null. */
    private Map<Long, String> debtorNames(TenantId tenant, List<OutboxEntry> entries) {
        List<Long> ids = entries.stream().map(OutboxEntry::debtorId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            services.debtors().findAll(tenant, ids).forEach(debtor -> names.put(debtor.id(), debtor.data().name()));
        }
        return names;
    }

    /** Parses a lower-case filter value such as {@code failed_final}; null when the parameter is missing. */
    static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = EnumSet.allOf(type).stream().map(choice -> choice.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw ApiException.badRequest("Ungültiger Wert '" + value + "' für '" + parameter + "': erlaubt sind "
                    + allowed + ".", "Invalid value '" + value + "' for '" + parameter + "': use " + allowed + ".");
        }
    }

    /** Returns the entry's file name reduced to the characters a header may carry, ending in {@code .pdf}. */
    static String downloadName(OutboxEntry entry) {
        String name = entry.fileName() == null ? "" : entry.fileName()
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss").replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.length() > 200) {
            name = "ausgang-" + entry.id() + ".pdf";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    static Map<String, Object> view(OutboxEntry entry, String debtorName) {
        return Json.object("id", entry.id(), "status", entry.status().name().toLowerCase(Locale.ROOT),
                "channel", entry.channel().name().toLowerCase(Locale.ROOT),
                "kind", entry.kind() == null ? null : entry.kind().name().toLowerCase(Locale.ROOT),
                "documentKey", entry.documentKey(), "runKey", entry.runKey(), "recipient", entry.recipient(),
                "debtorId", entry.debtorId(), "debtorName", debtorName, "documentId", entry.documentId(),
                "language", entry.language(), "subject", entry.subject(), "fileName", entry.fileName(),
                "pdfSize", entry.pdfSize(), "attempts", entry.attempts(), "lastError", entry.lastError(),
                "messageId", entry.messageId(), "nextAttemptAt", text(entry.nextAttemptAt()),
                "createdAt", text(entry.createdAt()), "updatedAt", text(entry.updatedAt()),
                "sentAt", text(entry.sentAt()));
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
