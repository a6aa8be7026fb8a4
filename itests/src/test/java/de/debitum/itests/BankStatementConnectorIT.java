package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/**
 * The bank-statement connector as shipped: camt.053 files arrive while its bundle is updated,
 * stopped, started, uninstalled and installed again; every payment is stored exactly once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BankStatementConnectorIT {

    private static final String SYMBOLIC_NAME = "debitum-connector-bank-statement";
    private static final String INSTANCE = "bank-gmbh.camt";
    private static final int ENTRIES_PER_FILE = 3;
    private static final LocalDate BOOKED = LocalDate.of(2026, 11, 30);

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
    public Option[] config() {
        return DistributionOptions.boot();
    }

    @Test
    public void statementsSurviveUpdateRestartAndReinstall() throws Exception {
        TenantId tenant = TenantId.of("bank-gmbh");
        tenants.create(tenant, "Bank GmbH");
        Path inbox = Files.createTempDirectory("debitum-bank-inbox");
        Bundle connector = bundle();
        String location = connector.getLocation();
        host.configure(tenant, INSTANCE, "bank-statement", Map.of("folder", inbox.toString(), "pollInterval", "PT0.2S"), true);
        awaitState(tenant, InstanceState.RUNNING);

        int files = 0;
        files = drop(inbox, files, 5);
        connector.update();
        awaitState(tenant, InstanceState.RUNNING);
        files = drop(inbox, files, 5);

        connector.stop();
        awaitState(tenant, InstanceState.WAITING_FOR_TYPE);
        files = drop(inbox, files, 5);
        connector.start();
        awaitState(tenant, InstanceState.RUNNING);

        connector.uninstall();
        awaitState(tenant, InstanceState.WAITING_FOR_TYPE);
        files = drop(inbox, files, 5);
        Bundle reinstalled = bundleContext.installBundle(location);
        reinstalled.start();
        awaitState(tenant, InstanceState.RUNNING);
        files = drop(inbox, files, 5);

        int expectedFiles = files;
        awaitTrue("every statement file consumed", () -> count(inbox.resolve(".done")) == expectedFiles);
        assertEquals("files in .error", 0, count(inbox.resolve(".error")));

        List<Payment> stored = payments.listBooked(tenant, BOOKED, BOOKED);
        Set<String> references = new HashSet<>();
        for (Payment payment : stored) {
            assertTrue("payment stored twice: " + payment.data().externalId(), references.add(payment.data().externalId()));
        }
        assertEquals("payments stored", files * ENTRIES_PER_FILE, references.size());
    }

    private Bundle bundle() {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (SYMBOLIC_NAME.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("Bundle " + SYMBOLIC_NAME + " is not installed in the distribution");
    }

    /** Writes {@code count} balanced camt.053 files, each with its own entry references. */
    private static int drop(Path inbox, int written, int count) throws Exception {
        for (int file = written + 1; file <= written + count; file++) {
            Path temporary = inbox.resolve("statement-" + file + ".tmp");
            Files.writeString(temporary, statement(file), StandardCharsets.UTF_8);
            // Older than the connector's read-lock age, so that it is taken at the next poll.
            Files.setLastModifiedTime(temporary, FileTime.from(Instant.now().minusSeconds(60)));
            Files.move(temporary, inbox.resolve("statement-" + file + ".xml"));
        }
        return written + count;
    }

    private static String statement(int file) {
        StringBuilder entries = new StringBuilder();
        for (int entry = 1; entry <= ENTRIES_PER_FILE; entry++) {
            String reference = "IT-" + file + "-" + entry;
            entries.append("<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>")
                    .append("<BookgDt><Dt>").append(BOOKED).append("</Dt></BookgDt><ValDt><Dt>").append(BOOKED)
                    .append("</Dt></ValDt><AcctSvcrRef>").append(reference).append("</AcctSvcrRef>")
                    .append("<NtryDtls><TxDtls><Refs><EndToEndId>E2E-").append(reference).append("</EndToEndId></Refs>")
                    .append("<RltdPties><Dbtr><Nm>Kunde ").append(file).append("</Nm></Dbtr></RltdPties>")
                    .append("<RmtInf><Ustrd>Rechnung ").append(reference).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
        }
        String opening = String.format("%d.00", 1000 + (file - 1) * 10 * ENTRIES_PER_FILE);
        String closing = String.format("%d.00", 1000 + file * 10 * ENTRIES_PER_FILE);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>IT-" + file + "</MsgId><CreDtTm>2026-12-01T06:00:00</CreDtTm></GrpHdr>"
                + "<Stmt><Id>IT-STMT-" + file + "</Id>"
                + "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + opening
                + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>" + BOOKED + "</Dt></Dt></Bal>"
                + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + closing
                + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>" + BOOKED + "</Dt></Dt></Bal>"
                + entries + "</Stmt></BkToCstmrStmt></Document>";
    }

    private static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitState(TenantId tenant, InstanceState state) throws InterruptedException {
        awaitTrue("instance " + INSTANCE + " " + state, () -> {
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
