package de.debitum.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.InvoiceSendSettings;
import de.debitum.api.output.InvoiceSending;
import de.debitum.api.output.PlannedInvoice;

/**
 * Shows and changes whether a tenant's imported invoices go out to debtors, previews what would
 * go out, and sends chosen invoices.
 */
@Command(scope = "debitum", name = "invoice-send",
        description = "Previews, turns on or off, or sends invoices to debtors, e.g. invoice-send --preview muster")
@Service
public class InvoiceSendCommand implements Action {

    @Reference
    private InvoiceSending sending;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "documents", multiValued = true,
            description = "Document ids to send now, whether sending on import is on or not")
    private List<Long> documentIds;

    @Option(name = "--preview", description = "List the invoices of the last days that would go out; sends nothing")
    private boolean preview;

    @Option(name = "--days", description = "Days back from today for --preview, by issue date, 1 to 366")
    private int days = 30;

    @Option(name = "--limit", description = "Invoices listed by --preview, 1 to 500")
    private int limit = 100;

    @Option(name = "--on", description = "Send every invoice imported from now on")
    private boolean on;

    @Option(name = "--off", description = "Stop sending invoices on import")
    private boolean off;

    @Override
    public Object execute() {
        TenantId id = TenantId.of(tenant);
        if (on && off) {
            throw new IllegalArgumentException("Give --on or --off, not both.");
        }
        if (on || off) {
            InvoiceSendSettings settings = sending.configure(id, on, "shell");
            System.out.println("Sending invoices on import is " + (settings.sendOnImport()
                    ? "on since " + settings.enabledSince() : "off") + " for " + tenant + ".");
        }
        if (documentIds != null && !documentIds.isEmpty()) {
            print(sending.send(id, documentIds));
        }
        if (preview || !on && !off && (documentIds == null || documentIds.isEmpty())) {
            InvoiceSendSettings settings = sending.settings(id);
            System.out.println("Sending invoices on import: " + (settings.sendOnImport()
                    ? "on since " + settings.enabledSince() : "off (turn on with --on)"));
            List<PlannedInvoice> plans = sending.preview(id, days, limit);
            print(plans);
            System.out.println(plans.size() + " invoices of the last " + days + " days not sent yet.");
        }
        return null;
    }

    private static void print(List<PlannedInvoice> plans) {
        System.out.printf("%-8s %-20s %-30s %-6s %-9s %s%n", "DOC", "NUMBER", "DEBTOR", "CHAN", "FORM",
                "RECIPIENT / OUTBOX ENTRY / PROBLEM");
        for (PlannedInvoice plan : plans) {
            String detail = plan.problem() != null ? plan.problem()
                    : plan.outboxEntryId() != null ? plan.recipient() + " (outbox entry " + plan.outboxEntryId() + ")"
                    : plan.recipient();
            System.out.printf("%-8d %-20s %-30s %-6s %-9s %s%n", plan.documentId(), plan.number(),
                    plan.debtorName() == null ? "-" : plan.debtorName(), plan.channel() == null ? "-" : plan.channel(),
                    plan.form() == null ? "-" : plan.form(), detail);
        }
    }
}
