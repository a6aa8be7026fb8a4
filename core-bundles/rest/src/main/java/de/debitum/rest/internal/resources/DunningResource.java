package de.debitum.rest.internal.resources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.DunningBlockKind;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DunningPolicy;
import de.debitum.dunning.policy.PolicyValidator;
import de.debitum.dunning.policy.PolicyViolation;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * Dunning of a tenant: the policy, the preview and the run, the review of notices (approve,
 * postpone, edit, cancel) and the dunning blocks. Clerks read; tenant admins change. The dunning
 * store writes an audit event for every change it makes.
 */
public final class DunningResource {

    /** The maximum length of a cancellation reason, the same as a block's reason. */
    static final int MAX_REASON_LENGTH = 500;

    private final ApiServices services;
    private final DunningRunService dunning;
    private final DunningStore store;

    public DunningResource(ApiServices services, DunningRunService dunning, DunningStore store) {
        this.services = services;
        this.dunning = dunning;
        this.store = store;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/dunning/policy", Access.TENANT_READ, 200,
                "The dunning policy (the stored one or the German default) and the automatic-sending switch",
                this::policy);
        router.addWithBody("PUT", "/tenants/{t}/dunning/policy", Access.TENANT_ADMIN, 200,
                "Replace the dunning policy and set automatic sending", this::savePolicy);
        router.add("GET", "/tenants/{t}/dunning/preview", Access.TENANT_READ, 200,
                "What a run would create, with every skipped item and its reason; stores nothing", this::preview,
                "date", "run date as yyyy-mm-dd; default today in Europe/Berlin");
        router.add("POST", "/tenants/{t}/dunning/runs", Access.TENANT_ADMIN, 201, "Run dunning now", this::run,
                "date", "run date as yyyy-mm-dd, not after today; default today in Europe/Berlin");
        router.add("GET", "/tenants/{t}/dunning/notices", Access.TENANT_READ, 200,
                "List dunning notices by id", this::notices,
                "state", "comma-separated statuses such as awaiting_approval,postponed; default all",
                "after", "list notices with a greater id (the previous page's 'next')",
                "size", "page size, 1 to 500");
        router.add("GET", "/tenants/{t}/dunning/notices/{id}", Access.TENANT_READ, 200,
                "One dunning notice with its items", this::notice);
        router.addWithBody("PUT", "/tenants/{t}/dunning/notices/{id}", Access.TENANT_ADMIN, 200,
                "Edit the deadline, fee or interest of a notice that output has not taken yet", this::edit);
        router.add("POST", "/tenants/{t}/dunning/notices/{id}/approve", Access.TENANT_ADMIN, 200,
                "Approve a notice so that output sends it", this::approve);
        router.addWithBody("POST", "/tenants/{t}/dunning/notices/{id}/postpone", Access.TENANT_ADMIN, 200,
                "Hold a notice back until a date", this::postpone);
        router.addWithBody("POST", "/tenants/{t}/dunning/notices/{id}/cancel", Access.TENANT_ADMIN, 200,
                "Cancel a notice with a reason", this::cancel);
        router.add("GET", "/tenants/{t}/dunning/blocks", Access.TENANT_READ, 200,
                "List the dunning blocks in force or ended, not lifted ones", this::blocks,
                "after", "list blocks with a greater id (the previous page's 'next')", "size", "page size, 1 to 500");
        router.addWithBody("POST", "/tenants/{t}/dunning/blocks", Access.TENANT_ADMIN, 201,
                "Block dunning of a debtor or one of its documents", this::addBlock);
        router.add("POST", "/tenants/{t}/dunning/blocks/{id}/end", Access.TENANT_ADMIN, 200,
                "Lift a dunning block", this::endBlock);
    }

    private Object policy(ApiRequest request) {
        TenantId tenant = request.tenant();
        DunningPolicy policy = dunning.policy(tenant);
        return DunningPolicyJson.view(policy, dunning.autoSend(tenant), warnings(policy));
    }

    private Object savePolicy(ApiRequest request) throws Exception {
        TenantId tenant = request.tenant();
        JsonNode body = request.json();
        DunningPolicy policy = DunningPolicyJson.read(body);
        // The service rejects a policy with errors, naming each of them in German and English.
        dunning.savePolicy(tenant, policy, actor(request));
        boolean autoSend = Json.optionalBoolean(body, "autoSend", dunning.autoSend(tenant));
        if (autoSend != dunning.autoSend(tenant)) {
            dunning.setAutoSend(tenant, autoSend, actor(request));
        }
        return DunningPolicyJson.view(dunning.policy(tenant), autoSend, warnings(policy));
    }

    private static List<PolicyViolation> warnings(DunningPolicy policy) {
        return new PolicyValidator().validate(policy).stream().filter(violation -> !violation.isError()).toList();
    }

    private Object preview(ApiRequest request) {
        return DunningViews.result(dunning.preview(request.tenant(), date(request)));
    }

    private Object run(ApiRequest request) {
        return DunningViews.result(dunning.run(request.tenant(), date(request), actor(request)));
    }

    private Object notices(ApiRequest request) {
        TenantId tenant = request.tenant();
        Set<NoticeStatus> statuses = statuses(request.query("state"));
        long after = afterParameter(request);
        List<StoredNotice> page = store.notices(tenant, statuses, after, request.size());
        Map<Long, String> names = debtorNames(tenant, page.stream().map(StoredNotice::debtorId).toList());
        List<Object> items = new ArrayList<>();
        page.forEach(notice -> items.add(DunningViews.notice(notice, names.get(notice.debtorId()))));
        Long next = page.size() < request.size() ? null : page.get(page.size() - 1).id();
        return Json.object("items", items, "next", next);
    }

    private Object notice(ApiRequest request) {
        StoredNotice notice = store.notice(request.tenant(), request.pathId("id"))
                .orElseThrow(() -> noticeNotFound(request.path("id")));
        return noticeView(request.tenant(), notice);
    }

    private Object approve(ApiRequest request) {
        return review(request, (tenant, id) -> dunning.approve(tenant, id, actor(request)));
    }

    private Object postpone(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        LocalDate until = requiredDate(Json.requiredText(body, "until", 10), "until");
        LocalDate today = LocalDate.now(services.clock().withZone(TenantResource.BUSINESS_ZONE));
        if (!until.isAfter(today)) {
            throw ApiException.badRequest("Das Datum 'until' " + until + " muss nach heute (" + today + ") liegen.",
                    "The date 'until' " + until + " must be after today (" + today + ").");
        }
        return review(request, (tenant, id) -> dunning.postpone(tenant, id, until, actor(request)));
    }

    private Object cancel(ApiRequest request) throws Exception {
        String reason = Json.requiredText(request.json(), "reason", MAX_REASON_LENGTH).strip();
        return review(request, (tenant, id) -> {
            StoredNotice cancelled = dunning.cancel(tenant, id, actor(request));
            // NOTE: the status change and this reason are two transactions; a crash between them
            // leaves the cancellation without its reason in the audit trail.
            services.audit().append(tenant, AuditEventType.UPDATED, "dunning-notice", String.valueOf(id),
                    cancelled.debtorId(), null, actor(request), "Dunning notice cancelled: " + reason);
            return cancelled;
        });
    }

    private Object edit(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        String deadline = Json.optionalText(body, "paymentDeadline", 10);
        Money fee = body.hasNonNull("fee") ? DunningPolicyJson.money(body, "", "fee", "EUR") : null;
        NoticeChange change = new NoticeChange(deadline == null ? null : requiredDate(deadline, "paymentDeadline"), fee,
                Json.optionalBoolean(body, "dropInterest", false));
        if (change.paymentDeadline() == null && fee == null && !change.dropInterest()) {
            throw ApiException.badRequest("Nichts zu ändern: bitte 'paymentDeadline', 'fee' oder 'dropInterest' angeben.",
                    "Nothing to change: give 'paymentDeadline', 'fee' or 'dropInterest'.");
        }
        return review(request, (tenant, id) -> dunning.edit(tenant, id, change, actor(request)));
    }

    /** Runs a change of one notice; a status that does not allow it is a conflict (409). */
    private Object review(ApiRequest request, NoticeAction action) {
        TenantId tenant = request.tenant();
        long id = request.pathId("id");
        if (store.notice(tenant, id).isEmpty()) {
            throw noticeNotFound(String.valueOf(id));
        }
        try {
            return noticeView(tenant, action.apply(tenant, id));
        } catch (IllegalStateException e) {
            throw ApiException.conflict("Die Mahnung " + id + " lässt diese Änderung in ihrem Status nicht zu: "
                    + e.getMessage(), "Notice " + id + " does not allow this change in its status: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface NoticeAction {
        StoredNotice apply(TenantId tenant, long noticeId);
    }

    private Object blocks(ApiRequest request) {
        TenantId tenant = request.tenant();
        List<DunningBlockEntry> page = store.blocks(tenant, afterParameter(request), request.size());
        Map<Long, String> names = debtorNames(tenant, page.stream().map(DunningBlockEntry::debtorId).toList());
        List<Object> items = new ArrayList<>();
        for (DunningBlockEntry block : page) {
            items.add(blockView(tenant, block, names.get(block.debtorId())));
        }
        Long next = page.size() < request.size() ? null : page.get(page.size() - 1).id();
        return Json.object("items", items, "next", next);
    }

    private Object addBlock(ApiRequest request) throws Exception {
        TenantId tenant = request.tenant();
        JsonNode body = request.json();
        long debtorId = positiveId(body, "debtorId", true);
        long documentId = positiveId(body, "documentId", false);
        DunningBlockKind kind = DunningPolicyJson.choice(body, "", "kind", DunningBlockKind.class, null);
        String reason = Json.requiredText(body, "reason", MAX_REASON_LENGTH);
        String from = Json.optionalText(body, "from", 10);
        String until = Json.optionalText(body, "until", 10);
        LocalDate fromDate = from == null ? LocalDate.now(services.clock().withZone(TenantResource.BUSINESS_ZONE))
                : requiredDate(from, "from");
        // The store checks that debtor and document exist and belong together, and the dates.
        DunningBlockEntry block = store.addBlock(tenant, debtorId, documentId == 0 ? null : documentId, kind, reason,
                fromDate, until == null ? null : requiredDate(until, "until"), actor(request));
        return blockView(tenant, block, debtorNames(tenant, List.of(debtorId)).get(debtorId));
    }

    private Object endBlock(ApiRequest request) {
        TenantId tenant = request.tenant();
        DunningBlockEntry block = store.liftBlock(tenant, request.pathId("id"), actor(request));
        return blockView(tenant, block, debtorNames(tenant, List.of(block.debtorId())).get(block.debtorId()));
    }

    private Map<String, Object> blockView(TenantId tenant, DunningBlockEntry block, String debtorName) {
        String documentNumber = block.documentId() == null ? null
                : services.documents().find(tenant, block.documentId()).map(document -> document.data().number())
                        .orElse(null);
        return DunningViews.block(block, debtorName, documentNumber);
    }

    private Map<String, Object> noticeView(TenantId tenant, StoredNotice notice) {
        return DunningViews.notice(notice, debtorNames(tenant, List.of(notice.debtorId())).get(notice.debtorId()));
    }

    private Map<Long, String> debtorNames(TenantId tenant, List<Long> debtorIds) {
        List<Long> distinct = debtorIds.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return services.debtors().findAll(tenant, distinct).stream()
                .collect(java.util.stream.Collectors.toMap(Debtor::id, debtor -> debtor.data().name()));
    }

    private static Set<NoticeStatus> statuses(String value) {
        if (value == null) {
            return EnumSet.noneOf(NoticeStatus.class);
        }
        Set<NoticeStatus> statuses = EnumSet.noneOf(NoticeStatus.class);
        for (String part : value.split(",")) {
            try {
                statuses.add(NoticeStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> names = EnumSet.allOf(NoticeStatus.class).stream()
                        .map(status -> status.name().toLowerCase(Locale.ROOT)).toList();
                throw ApiException.badRequest("Ungültiger Status '" + part + "' für 'state': erlaubt sind "
                        + String.join(", ", names) + ".", "Invalid status '" + part + "' for 'state': use "
                        + String.join(", ", names) + ".");
            }
        }
        return statuses;
    }

    private static long afterParameter(ApiRequest request) {
        String value = request.query("after");
        if (value == null) {
            return 0;
        }
        try {
            long after = Long.parseLong(value);
            if (after >= 0) {
                return after;
            }
        } catch (NumberFormatException e) {
            // Falls through to the error below, which names the value.
        }
        throw ApiException.badRequest("Ungültiger Wert '" + value + "' für 'after': bitte eine Id ab 0 angeben.",
                "Invalid value '" + value + "' for 'after': give an id of 0 or more.");
    }

    private static long positiveId(JsonNode body, String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiException.badRequest("Das Feld '" + field + "' fehlt.", "The field '" + field + "' is missing.");
            }
            return 0;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.longValue() < 1) {
            throw ApiException.badRequest("Ungültige Id '" + node + "' für '" + field + "': bitte eine positive Zahl angeben.",
                    "Invalid id '" + node + "' for '" + field + "': give a positive number.");
        }
        return node.longValue();
    }

    private LocalDate date(ApiRequest request) {
        String value = request.query("date");
        return value == null ? LocalDate.now(services.clock().withZone(TenantResource.BUSINESS_ZONE))
                : requiredDate(value, "date");
    }

    private static LocalDate requiredDate(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Ungültiges Datum '" + value + "' für '" + field
                    + "': bitte als JJJJ-MM-TT angeben, z. B. 2026-01-23.", "Invalid date '" + value + "' for '" + field
                    + "': write it as YYYY-MM-DD, such as 2026-01-23.");
        }
    }

    private static ApiException noticeNotFound(String id) {
        return ApiException.notFound("Mahnung " + id + " nicht gefunden.", "Dunning notice " + id + " not found.");
    }

    private static String actor(ApiRequest request) {
        return request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
    }
}
