package de.debitum.connector.csv.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.TenantId;
import de.debitum.testing.connector.ConnectorTestInstance;
import de.debitum.testing.connector.InboxFolder;

/** One running CSV instance of the given record kind that stores through the real datacenter. */
final class InboxInstance implements AutoCloseable {

    private final InboxFolder inbox;
    private final ConnectorTestInstance instance;
    /** Every report ingest returned, in order. */
    final List<ImportReport> reports;
    /** Every report rejectFile returned, in order. */
    final List<ImportReport> fileRejections;

    InboxInstance(Datacenter datacenter, TenantId tenant, Path root, String kind, Map<String, String> settings)
            throws Exception {
        this.inbox = new InboxFolder(root);
        this.instance = ConnectorTestInstance.of(new CsvConnectorType("test"))
                .tenant(tenant)
                .instanceId(tenant.value() + ".csv")
                .ingestion(datacenter.ingestion())
                .settings(settings)
                .settingIfAbsent(CsvSettings.POLL_INTERVAL, "PT0.05S")
                .setting(CsvSettings.FOLDER, inbox.path().toAbsolutePath().toString())
                .setting(CsvSettings.RECORD_KIND, kind)
                .start();
        this.reports = instance.reports();
        this.fileRejections = instance.fileRejections();
    }

    String instanceId() {
        return instance.instanceId();
    }

    Path inbox() {
        return inbox.path();
    }

    /** Returns the checkpoint the datacenter stored for the instance. */
    Optional<String> checkpoint() {
        return instance.checkpoint();
    }

    /** Drops a file into the inbox in one atomic move and waits until the route moved it on. */
    void dropAndAwait(String name, byte[] content) throws Exception {
        inbox.dropAndAwait(name, content);
    }

    @Override
    public void close() {
        instance.close();
    }
}
