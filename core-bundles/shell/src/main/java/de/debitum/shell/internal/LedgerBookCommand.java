package de.debitum.shell.internal;

import java.time.LocalDate;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.TenantId;
import de.debitum.ledger.BookingRun;
import de.debitum.ledger.LedgerService;

/**
 * Books a tenant's business events that are not booked yet. Without dates it books everything
 * dated from 1970-01-01 to today.
 */
@Command(scope = "debitum", name = "ledger-book",
        description = "Books invoices, credit notes, payments and other events not yet booked, e.g. ledger-book muster-gmbh 2026-11-01 2026-11-30")
@Service
public class LedgerBookCommand implements Action {

    @Reference
    private LedgerService ledger;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "from", description = "First day of the events to book (YYYY-MM-DD); default 1970-01-01")
    private String from;

    @Argument(index = 2, name = "to", description = "Last day of the events to book (YYYY-MM-DD); default today")
    private String to;

    @Override
    public Object execute() {
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("Bitte beide Daten angeben oder keines. / Give both dates or none.");
        }
        LocalDate first = from == null ? LocalDate.EPOCH : ShellArguments.date("from", from);
        LocalDate last = to == null ? LocalDate.now() : ShellArguments.date("to", to);
        BookingRun run = ledger.book(TenantId.of(tenant), first, last, "shell");

        System.out.println("Tenant " + tenant + ", " + first + " to " + last + ": " + run.eventCount() + " events booked, "
                + run.bookings() + " bookings, " + run.corrections() + " moved to an open period.");
        for (Map.Entry<SourceType, Integer> entry : run.events().entrySet()) {
            System.out.println("  " + entry.getKey() + ": " + entry.getValue());
        }
        if (run.waitingCount() > 0) {
            System.out.println(run.waitingCount() + " events wait:");
            run.waiting().forEach(reason -> System.out.println("  " + reason));
            if (run.waitingCount() > run.waiting().size()) {
                System.out.println("  ... and " + (run.waitingCount() - run.waiting().size()) + " more");
            }
        }
        return null;
    }
}
