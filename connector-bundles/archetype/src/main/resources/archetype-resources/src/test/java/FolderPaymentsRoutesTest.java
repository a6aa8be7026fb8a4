package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.debitum.testing.connector.ConnectorTestInstance;
import de.debitum.testing.connector.InboxFolder;
import de.debitum.testing.connector.RecordingIngestion;

/**
 * Runs the routes of one instance on Camel's test kit, with Debitum's connector test kit in the
 * place of the hub: {@link ConnectorTestInstance} checks the configuration against the type's
 * fields and records what the routes store.
 */
class FolderPaymentsRoutesTest extends CamelTestSupport {

    @TempDir
    Path root;

    private final RecordingIngestion ingestion = new RecordingIngestion();
    private InboxFolder inbox;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        inbox = new InboxFolder(root);
        ConnectorTestInstance instance = ConnectorTestInstance.of(new FolderPaymentsConnectorType("1.0.0"))
                .ingestion(ingestion)
                .settings(Map.of(
                        FolderPaymentsConnectorType.FOLDER, inbox.path().toString(),
                        FolderPaymentsConnectorType.ACCOUNT_IBAN, "DE89370400440532013000",
                        FolderPaymentsConnectorType.POLL_INTERVAL, "PT0.05S"))
                .build();
        return instance.routes();
    }

    @Test
    void importsFileAndMovesItToDone() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context()).whenCompleted(1).create();

        inbox.drop("zahlungen.csv", (PaymentFileParser.HEADER + "\n"
                + "R-1;2026-03-02;119.00;Muster GmbH;Rechnung 1\n"
                + "R-2;2026-03-03;50.00;Beispiel AG;Rechnung 2\n").getBytes(StandardCharsets.UTF_8));

        assertTrue(done.matches(30, TimeUnit.SECONDS), "file not processed within 30 s");
        inbox.awaitEmpty(java.time.Duration.ofSeconds(30));
        assertEquals(2, ingestion.records().size());
        assertEquals("zahlungen.csv", ingestion.batches().get(0).checkpoint().orElseThrow().value());
        assertTrue(Files.exists(inbox.path().resolve(".done/zahlungen.csv")));
    }

    @Test
    void invalidFileMovesToErrorAndStoresNothing() throws Exception {
        NotifyBuilder failed = new NotifyBuilder(context()).whenFailed(1).create();

        inbox.drop("kaputt.csv", (PaymentFileParser.HEADER + "\nR-1;gestern;119.00;Muster GmbH;x\n")
                .getBytes(StandardCharsets.UTF_8));

        assertTrue(failed.matches(30, TimeUnit.SECONDS), "file not rejected within 30 s");
        inbox.awaitEmpty(java.time.Duration.ofSeconds(30));
        assertTrue(ingestion.batches().isEmpty());
        assertTrue(Files.exists(inbox.path().resolve(".error/kaputt.csv")));
    }
}
