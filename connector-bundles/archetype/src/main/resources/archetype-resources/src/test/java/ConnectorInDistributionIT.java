package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.PaymentStore;
import de.debitum.api.store.TenantStore;

/**
 * Boots the Debitum distribution named by the system property {@code debitum.distribution},
 * installs this project's bundle into it and imports a payment file through an instance of the
 * connector, as an operator would. The build runs it only when that property is set.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorInDistributionIT {

    @Inject
    private BootFinished bootFinished;

    @Inject
    private ConnectorHostService host;

    @Inject
    private TenantStore tenants;

    @Inject
    private PaymentStore payments;

    @Configuration
    public Option[] config() {
        File distribution = new File(System.getProperty("debitum.distribution", ""));
        if (!distribution.isFile()) {
            throw new IllegalStateException("Debitum distribution not found: '" + distribution
                    + "'. Pass the path of debitum-karaf-<version>.tar.gz with -Ddebitum.distribution=...");
        }
        return new Option[] {
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + distribution.getAbsolutePath())
                        .name("Debitum")
                        .unpackDirectory(new File(System.getProperty("connector.exam.dir", "target/exam")))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                systemTimeout(180_000),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
                bundle(new File(System.getProperty("connector.bundle")).toURI().toString()).start()
        };
    }

    @Test
    public void bundleImportsPaymentsInTheHub() throws Exception {
        awaitTrue("connector type " + FolderPaymentsConnectorType.ID + " registered",
                () -> host.types().stream().map(ConnectorTypeInfo::id).anyMatch(FolderPaymentsConnectorType.ID::equals));

        TenantId tenant = TenantId.of("archetype-gmbh");
        tenants.create(tenant, "Archetype GmbH");
        Path inbox = Files.createTempDirectory("connector-it-inbox");
        host.configure(tenant, "archetype-gmbh.payments", FolderPaymentsConnectorType.ID, Map.of(
                FolderPaymentsConnectorType.FOLDER, inbox.toString(),
                FolderPaymentsConnectorType.ACCOUNT_IBAN, "DE89370400440532013000",
                FolderPaymentsConnectorType.POLL_INTERVAL, "PT0.1S"), true);

        // Written under a name the route ignores, then renamed, so that the route never reads half a file.
        Path staged = inbox.resolve("zahlungen.csv.part");
        Files.writeString(staged, PaymentFileParser.HEADER + "\n"
                + "IT-1;2026-03-02;119.00;Muster GmbH;Rechnung 1\n"
                + "IT-2;2026-03-02;50.00;Beispiel AG;Rechnung 2\n", StandardCharsets.UTF_8);
        Files.move(staged, inbox.resolve("zahlungen.csv"), StandardCopyOption.ATOMIC_MOVE);

        LocalDate day = LocalDate.of(2026, 3, 2);
        awaitTrue("two payments stored", () -> payments.listBooked(tenant, day, day).size() == 2);
        awaitTrue("file moved to .done", () -> Files.exists(inbox.resolve(".done/zahlungen.csv")));
        assertEquals(2, payments.listBooked(tenant, day, day).size());
        assertTrue(Files.notExists(inbox.resolve(".error")));
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("No free local port for the distribution", e);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 60 s waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
