package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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
import de.debitum.api.model.Payment;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.PaymentStore;
import de.debitum.api.store.TenantStore;
import de.debitum.itests.swap.SwapConnectorBundle;

/**
 * Replaces a connector bundle several times while files stream in and a timer imports, then
 * stops and starts it, and checks that the datacenter contains every record exactly once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorHotSwapIT {

    private static final String V1 = "debitum.itest.swap.v1";
    private static final String V2 = "debitum.itest.swap.v2";
    private static final int SWAPS = 4;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private BootFinished bootFinished;

    @Inject
    private ConnectorHostService host;

    @Inject
    private TenantStore tenants;

    @Inject
    private PaymentStore payments;

    @Configuration
    public Option[] config() throws IOException {
        List<Option> options = new ArrayList<>(List.of(DistributionOptions.boot()));
        options.add(editConfigurationFilePut("etc/system.properties", V1, writeConnectorBundle("1.0.0")));
        options.add(editConfigurationFilePut("etc/system.properties", V2, writeConnectorBundle("1.0.1")));
        return options.toArray(Option[]::new);
    }

    /** Builds the test connector bundle in the given version and returns the jar's path. */
    private static String writeConnectorBundle(String version) throws IOException {
        return SwapConnectorBundle.write(new File(System.getProperty("debitum.itest.dir", "target/exam")), version)
                .getAbsolutePath();
    }

    @Test
    public void swapsAndRestartsLoseAndDoubleNothing() throws Exception {
        TenantId tenant = TenantId.of("swap-gmbh");
        tenants.create(tenant, "Swap GmbH");
        Path inbox = Files.createTempDirectory("debitum-swap-inbox");
        Bundle connector = bundleContext.installBundle("file:" + System.getProperty(V1));
        connector.start();
        awaitTrue("connector types registered", () -> host.types().stream().filter(t -> t.id().startsWith("swap-")).count() == 2);
        host.configure(tenant, "swap-gmbh.files", "swap-files", Map.of("folder", inbox.toString()), true);
        host.configure(tenant, "swap-gmbh.ticks", "swap-ticks", Map.of(), true);
        awaitRunning(tenant, "1.0.0");

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> writeFiles(inbox, writing, written), "swap-file-writer");
        writer.start();

        List<Long> swapMillis = new ArrayList<>();
        for (int swap = 1; swap <= SWAPS; swap++) {
            Thread.sleep(700);
            String version = swap % 2 == 1 ? "1.0.1" : "1.0.0";
            long started = System.nanoTime();
            try (InputStream jar = new FileInputStream(System.getProperty(swap % 2 == 1 ? V2 : V1))) {
                connector.update(jar);
            }
            awaitRunning(tenant, version);
            swapMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }

        Thread.sleep(700);
        long stopped = System.nanoTime();
        connector.stop();
        awaitTrue("instances waiting for their type", () -> host.statuses(tenant).stream()
                .allMatch(status -> status.state() == InstanceState.WAITING_FOR_TYPE));
        Thread.sleep(1_000);
        connector.start();
        awaitRunning(tenant, "1.0.0");
        long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);

        Thread.sleep(500);
        writing.set(false);
        writer.join();
        awaitTrue("every file consumed", () -> pendingFiles(inbox) == 0);
        host.setEnabled(tenant, "swap-gmbh.ticks", false);
        host.setEnabled(tenant, "swap-gmbh.files", false);
        awaitTrue("instances disabled", () -> host.statuses(tenant).stream()
                .allMatch(status -> status.state() == InstanceState.DISABLED));

        System.out.println("Hot swap: " + SWAPS + " bundle updates, time from update to running again (ms): " + swapMillis
                + ", median " + median(swapMillis) + ", worst " + swapMillis.stream().mapToLong(Long::longValue).max().orElse(0)
                + "; stop for 1 s and start again: " + restartMillis + " ms; files written: " + written.get());

        assertFilesImportedOnce(tenant, inbox, written.get());
        assertTicksContiguous(tenant);
        connector.uninstall();
    }

    private void assertFilesImportedOnce(TenantId tenant, Path inbox, int count) throws IOException {
        List<Payment> stored = payments.listBooked(tenant, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2));
        Set<String> fileIds = new HashSet<>();
        for (Payment payment : stored) {
            String externalId = payment.data().externalId();
            if (externalId.startsWith("F-")) {
                assertTrue("payment " + externalId + " stored twice", fileIds.add(externalId));
            }
        }
        assertEquals("payments from files", count, fileIds.size());
        for (int i = 1; i <= count; i++) {
            assertTrue("payment F-" + i + " missing", fileIds.contains("F-" + i));
        }
        try (Stream<Path> done = Files.list(inbox.resolve(".done"))) {
            assertEquals("files in .done", count, done.count());
        }
        assertTrue("no file failed", !Files.exists(inbox.resolve(".error")));
    }

    private void assertTicksContiguous(TenantId tenant) {
        List<Payment> stored = payments.listBooked(tenant, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2));
        Set<Long> numbers = new HashSet<>();
        for (Payment payment : stored) {
            String externalId = payment.data().externalId();
            if (externalId.startsWith("T-")) {
                assertTrue("tick " + externalId + " stored twice", numbers.add(Long.parseLong(externalId.substring(2))));
            }
        }
        long highest = numbers.stream().mapToLong(Long::longValue).max().orElse(0);
        assertTrue("the timer imported nothing", highest > 10);
        assertEquals("ticks 1.." + highest + " without gaps", highest, numbers.size());
    }

    private static void writeFiles(Path inbox, AtomicBoolean writing, AtomicInteger written) {
        try {
            while (writing.get()) {
                int number = written.get() + 1;
                Path temporary = inbox.resolve("F-" + number + ".tmp");
                Files.writeString(temporary, "F-" + number, StandardCharsets.UTF_8);
                Files.move(temporary, inbox.resolve("F-" + number + ".txt"));
                written.set(number);
                Thread.sleep(10);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing test files failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long pendingFiles(Path inbox) {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitRunning(TenantId tenant, String version) throws InterruptedException {
        awaitTrue("instances running on " + version, () -> {
            List<InstanceStatus> statuses = host.statuses(tenant);
            return statuses.size() == 2 && statuses.stream().allMatch(status -> status.state() == InstanceState.RUNNING
                    && version.equals(status.typeVersion()));
        });
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 60 s waiting for: " + what);
            }
            Thread.sleep(5);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
