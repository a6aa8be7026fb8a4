package de.debitum.ui.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Typed calls of the hub's outbox endpoints: letters and e-mails with their delivery state, their PDFs and retry. */
public final class OutboxApi {

    /**
     * One letter or e-mail in the outbox. {@code status} is queued, sending, sent, failed_transient
     * or failed_final; {@code channel} is email, post or print; {@code recipient} is the e-mail
     * address or the postal address with one line per {@code \n}.
     */
    public record Entry(long id, String status, String channel, String kind, String documentKey, String runKey,
            String recipient, Long debtorId, String debtorName, Long documentId, String subject, String fileName,
            int pdfSize, int attempts, String lastError, String messageId, Instant nextAttemptAt, Instant createdAt,
            Instant sentAt) {
    }

    private final HubApi api;
    private final HubClient client;
    private final Supplier<Locale> locale;

    public OutboxApi(HubApi api, HubClient client, Supplier<Locale> locale) {
        this.api = api;
        this.client = client;
        this.locale = locale;
    }

    /** Returns a page of entries, newest first. A null status lists every entry. */
    public Page<Entry> list(String tenant, String status, int page, int size) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (status != null) {
            query.put("status", status);
        }
        query.put("page", page);
        query.put("size", size);
        return api.call(token -> client.get(outboxPath(tenant), query, token, locale.get(),
                new TypeReference<Page<Entry>>() { }));
    }

    /** Queues an entry that failed for good once more. The hub returns 409 for any other state. */
    public Entry retry(String tenant, long entryId) {
        return api.call(token -> client.postJson(outboxPath(tenant) + "/" + entryId + "/retry", null, token,
                locale.get(), new TypeReference<Entry>() { }));
    }

    /** Opens the entry's PDF as a stream; the caller closes it. The hub records the download. */
    public HubClient.Download pdf(String tenant, long entryId) {
        return api.call(token -> client.download(outboxPath(tenant) + "/" + entryId + "/pdf", token, locale.get()));
    }

    private static String outboxPath(String tenant) {
        return "tenants/" + HubClient.encode(tenant) + "/outbox";
    }
}
