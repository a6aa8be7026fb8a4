package de.debitum.connector.bankstatement.internal.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.TenantId;
import de.debitum.connector.bankstatement.internal.BankStatementConnectorType;
import de.debitum.testing.connector.Await;
import de.debitum.testing.connector.ConnectorTestInstance;
import de.debitum.testing.connector.InboxFolder;

/** One running bank-statement instance that stores through the real datacenter. */
final class InboxInstance implements AutoCloseable {

    private final InboxFolder inbox;
    private final ConnectorTestInstance instance;
    /** Every report ingest returned, in order. */
    final List<ImportReport> reports;
    /** Every report rejectFile returned, in order. */
    final List<ImportReport> fileRejections;

    InboxInstance(Datacenter datacenter, TenantId tenant, Path root, Map<String, String> settings) throws Exception {
        this.inbox = new InboxFolder(root);
        this.instance = ConnectorTestInstance.of(new BankStatementConnectorType("test"))
                .tenant(tenant)
                .instanceId(tenant.value() + ".bank")
                .ingestion(datacenter.ingestion())
                .settings(settings)
                .setting(ImportSettings.FOLDER, inbox.path().toString())
                .settingIfAbsent(ImportSettings.POLL_INTERVAL, "PT0.05S")
                .start();
        this.reports = instance.reports();
        this.fileRejections = instance.fileRejections();
    }

    Path inbox() {
        return inbox.path();
    }

    /** Returns the checkpoint the datacenter stored for the instance. */
    Optional<String> checkpoint() {
        return instance.checkpoint();
    }

    /** Drops a file into the inbox in one atomic move. */
    void drop(String name, byte[] content) throws IOException {
        inbox.drop(name, content);
    }

    /** Waits until the inbox contains no regular file any more, that is until every file was moved. */
    void awaitInboxEmpty() throws InterruptedException {
        inbox.awaitEmpty(Await.DEFAULT_TIMEOUT);
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Await.until("condition", condition);
    }

    @Override
    public void close() {
        instance.close();
    }
}
