package de.debitum.rest.internal.resources;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.ledger.LedgerPeriodSummary;
import de.debitum.api.ledger.StoredLedgerExport;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.ledger.BookingRun;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.LedgerService;
import de.debitum.ledger.datev.DatevExportException;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The ledger: periods with their state, DATEV exports and the download of their EXTF files. An
 * export and every download are audit events.
 */
public final class LedgerResource {

    /** Maximum number of months per export request, so that one request stays short. */
    static final int MAX_MONTHS_PER_REQUEST = 12;

    /** Maximum number of changed values listed per export in the response. {@code changedValues} counts all of them. */
    static final int MAX_NOTICES_LISTED = 100;

    /** Content type of an EXTF file: DATEV reads Windows-1252 text with CRLF line ends. */
    static final String EXTF_CONTENT_TYPE = "text/csv; charset=windows-1252";

    private static final Logger LOG = LoggerFactory.getLogger(LedgerResource.class);

    private final ApiServices services;
    private final LedgerService ledger;
    private final LedgerExportStore exports;

    public LedgerResource(ApiServices services) {
        this.services = services;
        this.ledger = services.ledger();
        this.exports = services.ledgerExports();
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/ledger/periods", Access.TENANT_READ, 200,
                "Periods with bookings, lock or export: state (open, locked, exported) and counts", this::periods);
        router.add("POST", "/tenants/{t}/ledger/periods/{period}/lock", Access.TENANT_ADMIN, 200,
                "Lock a period (YYYY-MM) without export", this::lock);
        router.addWithBody("POST", "/tenants/{t}/ledger/exports", Access.TENANT_ADMIN, 201,
                "Book pending events and export the months from..to (YYYY-MM) to DATEV; locks them", this::export);
        router.add("GET", "/tenants/{t}/ledger/exports", Access.TENANT_READ, 200, "List DATEV exports, newest first",
                this::list, "page", "0-based page", "size", "page size, 1 to 500");
        router.add("GET", "/tenants/{t}/ledger/exports/{id}", Access.TENANT_READ, 200, "One DATEV export with its files",
                this::one);
        router.add("GET", "/tenants/{t}/ledger/exports/{id}/files/{name}", Access.TENANT_READ, 200,
                "Download one EXTF file unchanged (text/csv, Windows-1252, CRLF)", this::file);
    }

    private Object periods(ApiRequest request) {
        List<Object> items = new ArrayList<>();
        for (LedgerPeriodSummary period : exports.periods(request.tenant())) {
            items.add(view(period));
        }
        return Json.object("items", items);
    }

    private Object lock(ApiRequest request) {
        YearMonth period = month(request.path("period"), "period");
        boolean lockedNow = ledger.lock(request.tenant(), period, actor(request));
        Map<String, Object> result = view(exports.period(request.tenant(), period));
        result.put("lockedNow", lockedNow);
        return result;
    }

    private Object export(ApiRequest request) throws Exception {
        JsonNode body = request.json();

        YearMonth from = month(Json.requiredText(body, "from", 7), "from");
        String toText = Json.optionalText(body, "to", 7);
        YearMonth to = toText == null ? from : month(toText, "to");
        if (from.isAfter(to)) {
            throw ApiException.badRequest("Der Zeitraum " + from + " bis " + to + " ist ungültig: 'from' liegt nach 'to'.",
                    "The range " + from + " to " + to + " is invalid: 'from' is after 'to'.");
        }

        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS_PER_REQUEST) {
            throw ApiException.badRequest("Der Zeitraum " + from + " bis " + to + " umfasst " + months
                            + " Monate; bitte höchstens " + MAX_MONTHS_PER_REQUEST + " Monate auf einmal exportieren.",
                    "The range " + from + " to " + to + " covers " + months + " months: export at most "
                            + MAX_MONTHS_PER_REQUEST + " months per request.");
        }

        TenantId tenant = request.tenant();
        String actor = actor(request);
        // Like the daily work, book what is pending first, so that the files contain every event of the months.
        BookingRun run = ledger.book(tenant, from.atDay(1), to.atEndOfMonth(), actor);

        List<Object> done = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            LedgerExport export = exportMonth(tenant, month, actor);
            Map<String, Object> view = view(exports.find(tenant, export.exportId()).orElseThrow());
            boolean german = "de".equals(request.locale().getLanguage());
            view.put("notices", export.report().notices().stream().limit(MAX_NOTICES_LISTED)
                    .map(notice -> german ? notice.message() : notice.englishMessage()).toList());
            done.add(view);
        }
        return Json.object("from", from.toString(), "to", to.toString(), "booked", run.bookings(),
                "waiting", run.waitingCount(), "exports", done);
    }

    private LedgerExport exportMonth(TenantId tenant, YearMonth month, String actor) {
        try {
            return ledger.export(tenant, month, actor);
        } catch (DatevExportException e) {
            LOG.warn("DATEV export {} of tenant '{}' rejected: {}", month, tenant, e.englishMessage());
            throw ApiException.conflict("DATEV-Export " + month + " abgelehnt: " + e.getMessage(),
                    "DATEV export " + month + " rejected: " + e.englishMessage());
        } catch (IllegalStateException e) {
            // The service writes "German / English" messages, for example for missing DATEV numbers.
            String[] parts = e.getMessage().split(" / ", 2);
            throw ApiException.conflict(parts[0], parts.length == 2 ? parts[1] : parts[0]);
        }
    }

    private Object list(ApiRequest request) {
        return Json.page(exports.list(request.tenant(), request.page(), request.size()), LedgerResource::view);
    }

    private Object one(ApiRequest request) {
        return view(find(request));
    }

    private Object file(ApiRequest request) {
        StoredLedgerExport export = find(request);
        String name = request.path("name");
        byte[] content = exports.fileContent(request.tenant(), export.id(), name)
                .orElseThrow(() -> ApiException.notFound("Der DATEV-Export " + export.id() + " hat keine Datei '" + name
                        + "'.", "DATEV export " + export.id() + " has no file '" + name + "'."));
        services.audit().append(request.tenant(), AuditEventType.EXPORTED, "ledger-export", String.valueOf(export.id()),
                null, null, actor(request), "DATEV file " + name + " of period " + export.period() + " downloaded ("
                        + content.length + " bytes)");
        return new FileDownload(EXTF_CONTENT_TYPE, name, content);
    }

    private StoredLedgerExport find(ApiRequest request) {
        long id = request.pathId("id");
        return exports.find(request.tenant(), id).orElseThrow(() -> ApiException.notFound(
                "DATEV-Export " + id + " nicht gefunden.", "DATEV export " + id + " not found."));
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + field + "' = '" + value + "' ist kein Monat: bitte JJJJ-MM angeben,"
                    + " etwa 2026-11.", "'" + field + "' = '" + value + "' is not a month: use YYYY-MM, such as 2026-11.");
        }
    }

    private static String actor(ApiRequest request) {
        return request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
    }

    static Map<String, Object> view(LedgerPeriodSummary period) {
        String state = period.isExported() ? "exported" : period.state().name().toLowerCase(java.util.Locale.ROOT);
        return Json.object("period", period.period().toString(), "state", state,
                "lockedAt", period.lockedAt() == null ? null : period.lockedAt().toString(),
                "lockedBy", period.lockedBy(), "bookings", period.bookings(), "exports", period.exports(),
                "lastExportAt", period.lastExportAt() == null ? null : period.lastExportAt().toString());
    }

    static Map<String, Object> view(StoredLedgerExport export) {
        List<Object> files = new ArrayList<>();
        for (StoredLedgerExport.FileInfo file : export.files()) {
            files.add(Json.object("name", file.name(), "size", file.size(), "rows", file.rowCount(),
                    "href", "/api/v1/tenants/" + export.tenant() + "/ledger/exports/" + export.id() + "/files/"
                            + file.name()));
        }
        return Json.object("id", export.id(), "period", export.period().toString(),
                "createdAt", export.createdAt().toString(), "actor", export.actor(), "bookings", export.bookings(),
                "debtorAccounts", export.debtorAccounts(), "changedValues", export.notices(), "files", files);
    }
}
