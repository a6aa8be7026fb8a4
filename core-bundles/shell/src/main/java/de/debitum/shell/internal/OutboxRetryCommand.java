package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.model.TenantId;
import de.debitum.output.OutputException;
import de.debitum.output.OutputService;

/** Puts an outbox entry that failed for good back into the queue. */
@Command(scope = "debitum", name = "outbox-retry",
        description = "Sends an outbox entry that failed for good once more, after its cause is fixed")
@Service
public class OutboxRetryCommand implements Action {

    @Reference
    private OutputService output;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "id", required = true, description = "Outbox entry id, as debitum:outbox shows it")
    private long id;

    @Override
    public Object execute() {
        try {
            output.retry(TenantId.of(tenant), id);
        } catch (OutputException e) {
            throw new IllegalArgumentException(e.bilingualMessage(), e);
        }
        System.out.println("Outbox entry " + id + " is queued again; the delivery worker sends it on its next run.");
        return null;
    }
}
