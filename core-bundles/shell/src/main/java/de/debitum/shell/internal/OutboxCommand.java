package de.debitum.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.api.output.OutboxStatus;
import de.debitum.output.OutputService;

/** Lists a tenant's outbox entries with their delivery state, newest first. */
@Command(scope = "debitum", name = "outbox", description = "Lists a tenant's outbox: documents to send, sent and failed")
@Service
public class OutboxCommand implements Action {

    @Reference
    private OutputService output;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Option(name = "--status", description = "Only entries in this state: QUEUED, SENDING, SENT, FAILED_TRANSIENT, FAILED_FINAL")
    private String status;

    @Option(name = "--channel", description = "Only entries of this channel: EMAIL, POST, PRINT")
    private String channel;

    @Option(name = "--run", description = "Only entries of this run")
    private String run;

    @Option(name = "--offset", description = "Entries to skip, for the next page")
    private int offset = 0;

    @Option(name = "--limit", description = "Entries to list, 1 to 500")
    private int limit = 50;

    @Override
    public Object execute() {
        OutboxFilter filter = new OutboxFilter(Choices.parse(OutboxStatus.class, "--status", status),
                Choices.parse(OutboxChannel.class, "--channel", channel), run);
        OutboxPage page = output.outbox(TenantId.of(tenant), filter, offset, limit);
        System.out.printf("%-8s %-16s %-6s %-3s %-32s %-20s %s%n", "ID", "STATUS", "CHAN", "TRY", "DOCUMENT", "NEXT ATTEMPT",
                "MESSAGE ID / LAST ERROR");
        for (OutboxEntry entry : page.entries()) {
            String detail = entry.status() == OutboxStatus.SENT ? entry.messageId()
                    : entry.lastError() == null ? firstLine(entry.recipient()) : entry.lastError();
            System.out.printf("%-8d %-16s %-6s %-3d %-32s %-20s %s%n", entry.id(), entry.status(),
                    entry.channel().name().toLowerCase(Locale.ROOT), entry.attempts(), entry.documentKey(),
                    entry.nextAttemptAt() == null ? "-" : entry.nextAttemptAt().toString(), detail);
        }
        System.out.println(page.entries().size() + " of " + page.total() + " entries shown.");
        return null;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
