package de.debitum.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.dunning.NoticeItemDraft;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.PlannedEscalation;
import de.debitum.dunning.run.PlannedNotice;
import de.debitum.dunning.run.RunResult;
import de.debitum.dunning.run.SkippedItem;

/**
 * Runs dunning for one tenant, or previews it, and prints the notices, escalations and skipped
 * items with their reasons. Invalid input raises an exception, which Karaf prints as one line.
 */
@Command(scope = "debitum", name = "dunning-run",
        description = "Runs dunning for a tenant (--preview only shows what a run would create)")
@Service
public class DunningRunCommand implements Action {

    @Reference
    private DunningRunService dunning;

    @Reference
    private TenantStore tenants;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id, such as muster-gmbh")
    private String tenant;

    @Option(name = "--preview", description = "Only show what a run would create; store nothing")
    private boolean preview;

    @Option(name = "--date", description = "Run date as yyyy-mm-dd; default today in Europe/Berlin")
    private String date;

    @Override
    public Object execute() {
        TenantId tenantId = TenantId.of(tenant);
        if (tenants.find(tenantId).isEmpty()) {
            throw new IllegalArgumentException("Mandant " + tenant + " nicht gefunden; siehe debitum:tenants. / Tenant "
                    + tenant + " not found; see debitum:tenants.");
        }
        LocalDate runDate = runDate(date);
        RunResult result = preview ? dunning.preview(tenantId, runDate) : dunning.run(tenantId, runDate, "shell");
        print(result);
        return null;
    }

    static LocalDate runDate(String value) {
        if (value == null) {
            return LocalDate.now(ZoneId.of("Europe/Berlin"));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ungültiges Datum \"" + value + "\"; erwartet yyyy-mm-dd, z. B. 2025-01-23."
                    + " / Invalid date \"" + value + "\": use yyyy-mm-dd, such as 2025-01-23.");
        }
    }

    private static void print(RunResult result) {
        String kind = result.isPreview() ? "Preview" : "Run " + result.runId();
        System.out.println(kind + " for " + result.tenant() + " on " + result.runDate() + ": " + result.itemsChecked()
                + " overdue items, " + result.noticeCount() + " notices, " + result.escalationCount() + " escalations, "
                + result.skipCount() + " skipped");
        for (PlannedNotice planned : result.notices()) {
            var notice = planned.notice();
            System.out.println("Notice " + (planned.noticeId() == null ? "(preview)" : planned.noticeId()) + " to "
                    + planned.debtorName() + " (debtor " + notice.debtorId() + "): level " + notice.levelNumber() + " "
                    + notice.levelKind() + ", " + notice.status() + ", deadline " + notice.paymentDeadline() + ", fee "
                    + notice.fee() + ", flat fees " + notice.flatFees() + ", interest " + notice.interest());
            for (NoticeItemDraft item : notice.items()) {
                System.out.println("  " + item.documentNumber() + " due " + item.dueDate() + ": open " + item.openAmount()
                        + ", interest " + item.interest() + " (" + item.interestDays() + " days)"
                        + (item.note() == null ? "" : "; " + item.note()));
            }
        }
        for (PlannedEscalation escalation : result.escalations()) {
            System.out.println("Escalated " + escalation.documentNumber() + " (debtor " + escalation.debtorId()
                    + ") after final notice " + escalation.finalNoticeId());
        }
        for (SkippedItem skip : result.skipped()) {
            System.out.println("Skipped " + skip.documentNumber() + " (debtor " + skip.debtorId() + "): "
                    + skip.reasonCode() + ": " + skip.messageDe() + " / " + skip.messageEn());
        }
        int listed = result.notices().size() + result.escalations().size() + result.skipped().size();
        int total = result.noticeCount() + result.escalationCount() + result.skipCount();
        if (listed < total) {
            System.out.println((total - listed) + " more entries not listed (at most " + DunningRunService.MAX_LISTED
                    + " of each kind are listed)");
        }
    }
}
