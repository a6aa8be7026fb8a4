package de.debitum.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.TenantId;
import de.debitum.dunning.run.DunningRunService;

/** Approves one dunning notice, or every notice that waits for approval, so that output may send it. */
@Command(scope = "debitum", name = "dunning-approve",
        description = "Approves a dunning notice of a tenant, or all waiting ones with --all")
@Service
public class DunningApproveCommand implements Action {

    @Reference
    private DunningRunService dunning;

    @Reference
    private Session session;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id, such as muster-gmbh")
    private String tenant;

    @Argument(index = 1, name = "notice", description = "Id of the notice to approve, as printed by debitum:dunning-run")
    private String noticeId;

    @Option(name = "--all", description = "Approve every notice that waits for approval, postponed ones whose date has come included")
    private boolean all;

    @Override
    public Object execute() {
        TenantId tenantId = TenantId.of(tenant);
        String actor = actor();
        if (all == (noticeId != null)) {
            throw new IllegalArgumentException("Geben Sie entweder eine Mahnungs-Id oder --all an. / Give either a notice id"
                    + " or --all.");
        }
        if (all) {
            int approved = dunning.approveAll(tenantId, LocalDate.now(ZoneId.of("Europe/Berlin")), actor);
            System.out.println(approved + " notices of " + tenantId + " approved.");
            return null;
        }
        StoredNotice notice = dunning.approve(tenantId, parseId(noticeId), actor);
        System.out.println("Notice " + notice.id() + " of " + tenantId + " approved.");
        return null;
    }

    private String actor() {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "shell" : "shell:" + user;
    }

    static long parseId(String value) {
        return ShellArguments.positiveId("Mahnungs-Id", "notice id", "as printed by debitum:dunning-run", value);
    }
}
