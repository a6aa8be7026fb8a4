package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.DocumentStore;

/**
 * Confirms the data of a booking aid, a document without VAT breakdown or a document read from a
 * PDF's text, so that dunning may include it.
 */
@Command(scope = "debitum", name = "document-confirm",
        description = "Confirms a flagged or unsafe-source document of a tenant so that dunning may include it")
@Service
public class DocumentConfirmCommand implements Action {

    @Reference
    private DocumentStore documents;

    @Reference
    private Session session;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id, such as muster-gmbh")
    private String tenant;

    @Argument(index = 1, name = "document", required = true, description = "Document id, as the API and the UI show it")
    private String documentId;

    @Override
    public Object execute() {
        TenantId tenantId = TenantId.of(tenant);
        long id = ShellArguments.positiveId("Beleg-Id", "document id", "as the API and the UI show it", documentId);
        ReceivableDocument document = documents.find(tenantId, id).orElseThrow(() -> new IllegalArgumentException(
                "Beleg " + id + " von Mandant " + tenantId + " nicht gefunden. / Document " + id + " of tenant "
                        + tenantId + " not found."));
        DocumentConfirmation confirmation = documents.confirm(tenantId, id, actor());
        System.out.println(describe(document, confirmation));
        return null;
    }

    static String describe(ReceivableDocument document, DocumentConfirmation confirmation) {
        String flags = document.data().flags().isEmpty() ? "no flags"
                : "flags " + String.join(", ", document.data().flags().stream().map(DocumentFlag::name).sorted().toList());
        String source = document.data().safeSource() ? "structured source" : "unsafe source";
        return "Document " + document.id() + " (" + document.data().number() + ", " + flags + ", " + source
                + ") confirmed by " + confirmation.confirmedBy() + " at " + confirmation.confirmedAt() + ".";
    }

    private String actor() {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "shell" : "shell:" + user;
    }
}
