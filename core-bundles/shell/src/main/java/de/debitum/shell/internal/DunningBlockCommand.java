package de.debitum.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.DunningBlockKind;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.model.TenantId;

/** Lists, adds and lifts dunning blocks of a tenant's debtors and documents. */
@Command(scope = "debitum", name = "dunning-block",
        description = "Lists (list), adds (add) or lifts (end) dunning blocks of a tenant")
@Service
public class DunningBlockCommand implements Action {

    @Reference
    private DunningStore store;

    @Reference
    private Session session;

    @Argument(index = 0, name = "action", required = true, description = "list, add or end")
    private String action;

    @Argument(index = 1, name = "tenant", required = true, description = "Tenant id, such as muster-gmbh")
    private String tenant;

    @Argument(index = 2, name = "block", description = "For end: id of the block, as printed by list")
    private String blockId;

    @Option(name = "--debtor", description = "For add: id of the debtor to block")
    private String debtorId;

    @Option(name = "--document", description = "For add: id of one document of the debtor; default all its documents")
    private String documentId;

    @Option(name = "--kind", description = "For add: dispute, instalments or promise-to-pay")
    private String kind;

    @Option(name = "--reason", description = "For add: why dunning is blocked, 1 to 500 characters")
    private String reason;

    @Option(name = "--from", description = "For add: first day as yyyy-mm-dd; default today in Europe/Berlin")
    private String from;

    @Option(name = "--until", description = "For add: last day as yyyy-mm-dd; required for promise-to-pay")
    private String until;

    @Override
    public Object execute() {
        TenantId tenantId = TenantId.of(tenant);
        switch (action) {
            case "list" -> list(tenantId);
            case "add" -> add(tenantId);
            case "end" -> {
                DunningBlockEntry block = store.liftBlock(tenantId, Ids.positive("block", blockId), Ids.actor(session));
                System.out.println("Block " + block.id() + " of " + tenantId + " lifted.");
            }
            default -> throw new IllegalArgumentException("Unbekannte Aktion \"" + action + "\"; erlaubt sind list, add"
                    + " und end. / Unknown action \"" + action + "\": use list, add or end.");
        }
        return null;
    }

    private void list(TenantId tenantId) {
        long after = 0;
        int count = 0;
        while (true) {
            List<DunningBlockEntry> page = store.blocks(tenantId, after, DunningStore.MAX_IDS);
            for (DunningBlockEntry block : page) {
                System.out.println(line(block));
                count++;
            }
            if (page.size() < DunningStore.MAX_IDS) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        System.out.println(count + " blocks of " + tenantId + " in force or ended, not lifted.");
    }

    private void add(TenantId tenantId) {
        if (debtorId == null || kind == null || reason == null) {
            throw new IllegalArgumentException("Für add fehlen --debtor, --kind oder --reason. / add needs --debtor,"
                    + " --kind and --reason.");
        }
        DunningBlockKind blockKind = Choices.parse(DunningBlockKind.class, "--kind", kind);
        LocalDate first = from == null ? LocalDate.now(ZoneId.of("Europe/Berlin")) : ShellArguments.date("--from", from);
        LocalDate last = until == null ? null : ShellArguments.date("--until", until);
        DunningBlockEntry block = store.addBlock(tenantId, Ids.positive("debtor", debtorId),
                documentId == null ? null : Ids.positive("document", documentId), blockKind, reason, first, last,
                Ids.actor(session));
        System.out.println("Added " + line(block));
    }

    private static String line(DunningBlockEntry block) {
        return "Block " + block.id() + ": debtor " + block.debtorId()
                + (block.documentId() == null ? ", all documents" : ", document " + block.documentId()) + ", "
                + block.kind() + " from " + block.from() + (block.until() == null ? " until lifted" : " to " + block.until())
                + ": " + block.reason();
    }
}
