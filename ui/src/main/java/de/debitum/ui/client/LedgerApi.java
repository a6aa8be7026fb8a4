package de.debitum.ui.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Typed calls of the hub's ledger endpoints: periods, DATEV exports and the download of their files. */
public final class LedgerApi {

    /** One month of the ledger; {@code state} is open, locked or exported. */
    public record Period(String period, String state, Instant lockedAt, String lockedBy, long bookings, int exports,
            Instant lastExportAt) {
    }

    /** Wrapper of the period list. */
    public record Periods(List<Period> items) {

        public Periods {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One EXTF file of an export; {@code size} in bytes. */
    public record ExportFile(String name, long size, int rows) {
    }

    /** One DATEV export of a month; {@code notices} is filled only right after the export ran. */
    public record Export(long id, String period, Instant createdAt, String actor, int bookings, int debtorAccounts,
            int changedValues, List<String> notices, List<ExportFile> files) {

        public Export {
            notices = notices == null ? List.of() : List.copyOf(notices);
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** The outcome of an export request: bookings made first, events left unbooked, and one export per month. */
    public record ExportRun(String from, String to, int booked, int waiting, List<Export> exports) {

        public ExportRun {
            exports = exports == null ? List.of() : List.copyOf(exports);
        }
    }

    private final HubApi api;
    private final HubClient client;
    private final Supplier<Locale> locale;

    public LedgerApi(HubApi api, HubClient client, Supplier<Locale> locale) {
        this.api = api;
        this.client = client;
        this.locale = locale;
    }

    public List<Period> periods(String tenant) {
        return api.call(token -> client.get(ledgerPath(tenant) + "/periods", Map.of(), token, locale.get(),
                new TypeReference<Periods>() { })).items();
    }

    public Page<Export> exports(String tenant, int page, int size) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("page", page);
        query.put("size", size);
        return api.call(token -> client.get(ledgerPath(tenant) + "/exports", query, token, locale.get(),
                new TypeReference<Page<Export>>() { }));
    }

    /** Books pending events and exports the months {@code from} to {@code to}; the hub locks each month. */
    public ExportRun export(String tenant, YearMonth from, YearMonth to) {
        Map<String, String> body = Map.of("from", from.toString(), "to", to.toString());
        return api.call(token -> client.postJson(ledgerPath(tenant) + "/exports", body, token, locale.get(),
                new TypeReference<ExportRun>() { }));
    }

    public Period lock(String tenant, YearMonth period) {
        return api.call(token -> client.postJson(ledgerPath(tenant) + "/periods/" + period + "/lock", null, token,
                locale.get(), new TypeReference<Period>() { }));
    }

    /** Opens one file of an export as a stream; the caller closes it. */
    public HubClient.Download file(String tenant, long exportId, String fileName) {
        return api.call(token -> client.download(ledgerPath(tenant) + "/exports/" + exportId + "/files/"
                + HubClient.encode(fileName), token, locale.get()));
    }

    private static String ledgerPath(String tenant) {
        return "tenants/" + HubClient.encode(tenant) + "/ledger";
    }
}
