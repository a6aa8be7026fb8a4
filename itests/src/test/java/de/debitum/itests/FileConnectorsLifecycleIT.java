package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.TenantStore;

/**
 * The shipped CSV and e-invoice folder connectors: invoice files arrive while each connector's
 * bundle is updated, stopped, started, uninstalled and installed again; every invoice is stored
 * exactly once and every file ends in {@code .done}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FileConnectorsLifecycleIT {

    private static final int FILES_PER_STEP = 4;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private BootFinished bootFinished;

    @Inject
    private ConnectorHostService host;

    @Inject
    private TenantStore tenants;

    @Inject
    private DocumentStore documents;

    @Configuration
    public Option[] config() {
        return DistributionOptions.boot();
    }

    @Test
    public void csvInvoicesSurviveTheLifecycle() throws Exception {
        TenantId tenant = TenantId.of("csv-gmbh");
        tenants.create(tenant, "CSV GmbH");
        Path inbox = Files.createTempDirectory("debitum-csv-inbox");
        host.configure(tenant, "csv-gmbh.invoices", "csv", Map.of("folder", inbox.toString(), "recordKind", "invoices",
                "pollInterval", "PT0.2S"), true);

        int files = runLifecycle(tenant, "debitum-connector-csv", inbox, ".csv", number ->
                "Rechnungsnummer;Rechnungsdatum;Fälligkeit;Kundennummer;Kunde;Netto;USt-Satz;USt;Brutto\n"
                        + "IT-CSV-" + number + ";02.11.2026;02.12.2026;K-1;Kunde GmbH;100,00;19;19,00;119,00\n");

        for (int number = 1; number <= files; number++) {
            assertTrue("invoice IT-CSV-" + number + " missing",
                    documents.findByExternalId(tenant, "csv:invoices", "IT-CSV-" + number).isPresent());
        }
    }

    @Test
    public void eInvoiceFilesSurviveTheLifecycle() throws Exception {
        TenantId tenant = TenantId.of("xml-gmbh");
        tenants.create(tenant, "XML GmbH");
        Path inbox = Files.createTempDirectory("debitum-einvoice-inbox");
        String sample = Files.readString(Path.of(System.getProperty(DistributionOptions.EINVOICE_SAMPLE_PROPERTY)),
                StandardCharsets.UTF_8);
        assertTrue("the sample carries the number this test replaces", sample.contains("TEST-2024-0042"));
        host.configure(tenant, "xml-gmbh.folder", "einvoice-mailbox", Map.of("mode", "folder", "folder", inbox.toString(),
                "pollInterval", "PT0.2S"), true);

        int files = runLifecycle(tenant, "debitum-connector-einvoice-mailbox", inbox, ".xml",
                number -> sample.replace("TEST-2024-0042", "IT-XML-" + number));

        for (int number = 1; number <= files; number++) {
            assertTrue("invoice IT-XML-" + number + " missing",
                    documents.findByExternalId(tenant, "einvoice", "380:IT-XML-" + number).isPresent());
        }
    }

    /**
     * Drops files between update, stop, start, uninstall and reinstall of the connector bundle and
     * waits until every file is in {@code .done}; returns the number of files.
     */
    private int runLifecycle(TenantId tenant, String symbolicName, Path inbox, String suffix, IntFunction<String> content)
            throws Exception {
        awaitState(tenant, InstanceState.RUNNING);
        Bundle connector = bundle(symbolicName);
        String location = connector.getLocation();

        int files = drop(inbox, 0, suffix, content);
        connector.update();
        awaitState(tenant, InstanceState.RUNNING);
        files = drop(inbox, files, suffix, content);
        connector.stop();
        awaitState(tenant, InstanceState.WAITING_FOR_TYPE);
        files = drop(inbox, files, suffix, content);
        connector.start();
        awaitState(tenant, InstanceState.RUNNING);
        connector.uninstall();
        awaitState(tenant, InstanceState.WAITING_FOR_TYPE);
        files = drop(inbox, files, suffix, content);
        bundleContext.installBundle(location).start();
        awaitState(tenant, InstanceState.RUNNING);
        files = drop(inbox, files, suffix, content);

        int expected = files;
        awaitTrue("every file in .done", () -> count(inbox.resolve(".done"), suffix) == expected);
        assertEquals("files in .error", 0, count(inbox.resolve(".error"), suffix));
        return files;
    }

    private static int drop(Path inbox, int written, String suffix, IntFunction<String> content) throws IOException {
        for (int number = written + 1; number <= written + FILES_PER_STEP; number++) {
            Path temporary = inbox.resolve("invoice-" + number + ".tmp");
            Files.writeString(temporary, content.apply(number), StandardCharsets.UTF_8);
            // Older than any read-lock age, so that the next poll takes it.
            Files.setLastModifiedTime(temporary, FileTime.from(Instant.now().minusSeconds(60)));
            Files.move(temporary, inbox.resolve("invoice-" + number + suffix));
        }
        return written + FILES_PER_STEP;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("Bundle " + symbolicName + " is not installed in the distribution");
    }

    private static long count(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitState(TenantId tenant, InstanceState state) throws InterruptedException {
        awaitTrue("instance of " + tenant + " " + state, () -> {
            List<InstanceStatus> statuses = host.statuses(tenant);
            return statuses.size() == 1 && statuses.get(0).state() == state;
        });
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 90 s waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
