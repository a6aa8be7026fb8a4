package de.debitum.shell.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import de.debitum.api.dunning.DunningStore;
import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.NoticeStatus;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.dunning.StoredNoticeItem;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.AuditTrail;
import de.debitum.dunning.run.DunningRunService;

/**
 * Lists and shows a tenant's dunning notices, and postpones, cancels or edits one of them.
 * Approval is {@code debitum:dunning-approve}.
 */
@Command(scope = "debitum", name = "dunning-notice",
        description = "Lists (list) or shows (show) dunning notices, or postpones, cancels or edits one")
@Service
public class DunningNoticeCommand implements Action {

    /** The maximum length of a cancellation reason, the same as a block's reason. */
    static final int MAX_REASON_LENGTH = 500;

    @Reference
    private DunningRunService dunning;

    @Reference
    private DunningStore store;

    @Reference
    private AuditTrail audit;

    @Reference
    private Session session;

    @Argument(index = 0, name = "action", required = true, description = "list, show, postpone, cancel or edit")
    private String action;

    @Argument(index = 1, name = "tenant", required = true, description = "Tenant id, such as muster-gmbh")
    private String tenant;

    @Argument(index = 2, name = "notice", description = "Id of the notice, as printed by list or debitum:dunning-run")
    private String noticeId;

    @Option(name = "--state", description = "For list: awaiting-approval, approved, postponed, cancelled,"
            + " handed-to-output or escalated; default all")
    private String state;

    @Option(name = "--until", description = "For postpone: the day the notice waits for approval again, yyyy-mm-dd")
    private String until;

    @Option(name = "--reason", description = "For cancel: why the notice is withdrawn, 1 to 500 characters")
    private String reason;

    @Option(name = "--deadline", description = "For edit: new payment deadline, yyyy-mm-dd, not before the notice date")
    private String deadline;

    @Option(name = "--fee", description = "For edit: new dunning fee in the notice's currency, such as 1.50")
    private String fee;

    @Option(name = "--drop-interest", description = "For edit: claim no default interest on this notice")
    private boolean dropInterest;

    @Override
    public Object execute() {
        TenantId tenantId = TenantId.of(tenant);
        String actor = Ids.actor(session);
        switch (action) {
            case "list" -> list(tenantId);
            case "show" -> show(notice(tenantId));
            case "postpone" -> {
                if (until == null) {
                    throw new IllegalArgumentException("postpone braucht --until JJJJ-MM-TT. / postpone needs --until"
                            + " YYYY-MM-DD.");
                }
                StoredNotice notice = dunning.postpone(tenantId, notice(tenantId).id(),
                        ShellArguments.date("--until", until), actor);
                System.out.println("Notice " + notice.id() + " of " + tenantId + " postponed until "
                        + notice.postponedUntil() + ".");
            }
            case "cancel" -> cancel(tenantId, actor);
            case "edit" -> edit(tenantId, actor);
            default -> throw new IllegalArgumentException("Unbekannte Aktion \"" + action + "\"; erlaubt sind list, show,"
                    + " postpone, cancel und edit. / Unknown action \"" + action + "\": use list, show, postpone,"
                    + " cancel or edit.");
        }
        return null;
    }

    private void list(TenantId tenantId) {
        NoticeStatus status = Choices.parse(NoticeStatus.class, "--state", state);
        Set<NoticeStatus> statuses = status == null ? EnumSet.noneOf(NoticeStatus.class) : EnumSet.of(status);
        long after = 0;
        int count = 0;
        while (true) {
            List<StoredNotice> page = store.notices(tenantId, statuses, after, DunningStore.MAX_IDS);
            for (StoredNotice notice : page) {
                System.out.println(line(notice));
                count++;
            }
            if (page.size() < DunningStore.MAX_IDS) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        System.out.println(count + " notices of " + tenantId + ".");
    }

    private StoredNotice notice(TenantId tenantId) {
        long id = Ids.positive("notice", noticeId);
        return store.notice(tenantId, id).orElseThrow(() -> new IllegalArgumentException("Mahnung " + id
                + " von Mandant " + tenantId + " nicht gefunden. / Notice " + id + " of tenant " + tenantId
                + " not found; see debitum:dunning-notice list " + tenantId + "."));
    }

    private static void show(StoredNotice notice) {
        System.out.println(line(notice));
        System.out.println("  fee " + notice.fee() + ", flat fees " + notice.flatFees() + ", interest " + notice.interest()
                + ", total " + notice.total() + "; status set by " + notice.statusChangedBy());
        for (StoredNoticeItem item : notice.items()) {
            System.out.println("  " + item.documentNumber() + " due " + item.dueDate() + ": open " + item.openAmount()
                    + ", interest " + item.interest() + " (" + item.interestDays() + " days)"
                    + (item.note() == null ? "" : "; " + item.note()));
        }
    }

    private void cancel(TenantId tenantId, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("cancel braucht --reason mit 1 bis " + MAX_REASON_LENGTH + " Zeichen."
                    + " / cancel needs --reason with 1 to " + MAX_REASON_LENGTH + " characters.");
        }
        StoredNotice notice = dunning.cancel(tenantId, notice(tenantId).id(), actor);
        // NOTE: the status change and this reason are two transactions; a crash between them
        // leaves the cancellation without its reason in the audit trail.
        audit.append(tenantId, AuditEventType.UPDATED, "dunning-notice", String.valueOf(notice.id()), notice.debtorId(),
                null, actor, "Dunning notice cancelled: " + reason.strip());
        System.out.println("Notice " + notice.id() + " of " + tenantId + " cancelled.");
    }

    private void edit(TenantId tenantId, String actor) {
        if (deadline == null && fee == null && !dropInterest) {
            throw new IllegalArgumentException("edit braucht --deadline, --fee oder --drop-interest. / edit needs"
                    + " --deadline, --fee or --drop-interest.");
        }
        StoredNotice current = notice(tenantId);
        Money newFee = null;
        if (fee != null) {
            try {
                newFee = Money.of(new BigDecimal(fee.strip()), current.fee().currency());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Ungültige Gebühr \"" + fee + "\"; erwartet z. B. 1.50. / Invalid fee \""
                        + fee + "\": use a number such as 1.50.");
            }
        }
        NoticeChange change = new NoticeChange(deadline == null ? null : ShellArguments.date("--deadline", deadline),
                newFee, dropInterest);
        StoredNotice notice = dunning.edit(tenantId, current.id(), change, actor);
        System.out.println("Edited " + line(notice));
    }

    private static String line(StoredNotice notice) {
        return "Notice " + notice.id() + " to debtor " + notice.debtorId() + ": level " + notice.levelNumber() + " "
                + notice.levelKind() + ", " + notice.status()
                + (notice.postponedUntil() == null ? "" : " until " + notice.postponedUntil()) + ", dated "
                + notice.noticeDate() + ", deadline " + notice.paymentDeadline() + ", total " + notice.total() + ", "
                + notice.items().size() + " items";
    }
}
