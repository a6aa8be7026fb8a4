package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.NoticeForOutput;

/**
 * Boots the distribution and runs dunning through the shell commands: the service is active, a
 * preview and a run print the notice, and approval hands it to output.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DunningIT {

    private static final TenantId TENANT = TenantId.of("dunning-it");

    @Inject
    private BundleContext bundleContext;

    @Inject
    private BootFinished bootFinished;

    @Inject
    private DunningRunService dunning;

    @Inject
    private TenantStore tenants;

    @Inject
    private IngestionService ingestion;

    @Inject
    private SessionFactory sessionFactory;

    /** The distribution as every test boots it, which turns the daily dunning run off. */
    @Configuration
    public Option[] config() {
        return DistributionOptions.boot();
    }

    @Test
    public void dunningRunWorksThroughShell() throws Exception {
        Bundle bundle = Arrays.stream(bundleContext.getBundles())
                .filter(each -> String.valueOf(each.getSymbolicName()).endsWith("debitum-dunning"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("dunning bundle not installed"));
        assertEquals(Bundle.ACTIVE, bundle.getState());
        storeOverdueInvoice();

        String preview = execute("debitum:dunning-run --preview --date 2025-01-23 " + TENANT);
        assertTrue(preview, preview.startsWith("Preview for dunning-it on 2025-01-23: 1 overdue items, 1 notices"));
        assertTrue(preview, preview.contains("level 1 PAYMENT_REMINDER, AWAITING_APPROVAL, deadline 2025-01-30"));
        assertTrue(preview, preview.contains("RE-IT-1 due 2025-01-13: open 119.00 EUR"));

        String run = execute("debitum:dunning-run --date 2025-01-23 " + TENANT);
        assertTrue(run, run.startsWith("Run "));
        assertTrue(run, run.contains("1 notices"));
        String rerun = execute("debitum:dunning-run --date 2025-01-23 " + TENANT);
        assertTrue(rerun, rerun.contains("0 notices"));
        assertTrue(rerun, rerun.contains("ALREADY_DUNNED_TODAY"));
        assertEquals(0, dunning.noticesReadyForOutput(TENANT, 10).size());

        String approved = execute("debitum:dunning-approve --all " + TENANT);
        assertEquals("1 notices of dunning-it approved.", approved.strip());
        List<NoticeForOutput> ready = dunning.noticesReadyForOutput(TENANT, 10);
        assertEquals(1, ready.size());
        assertEquals("Muster Maschinenbau GmbH", ready.get(0).debtorName());
        assertEquals(Money.euro("119.00"), ready.get(0).notice().total());
    }

    @Test
    public void invalidShellInputIsRejectedWithReason() throws Exception {
        assertRejected("debitum:dunning-run --date 23.01.2025 " + TENANT, "Invalid date \"23.01.2025\"");
        assertRejected("debitum:dunning-run --preview no-such-tenant", "Tenant no-such-tenant not found");
        assertRejected("debitum:dunning-approve " + TENANT + " abc", "Invalid notice id \"abc\"");
        assertRejected("debitum:dunning-approve " + TENANT, "Give either a notice id or --all");
    }

    private void storeOverdueInvoice() {
        if (tenants.find(TENANT).isPresent()) {
            return;
        }
        tenants.create(TENANT, "Dunning IT GmbH");
        Money net = Money.euro("100.00");
        List<CanonicalRecord> records = List.of(
                new DebtorData("K1", "10001", "Muster Maschinenbau GmbH",
                        new PostalAddress("Hauptstraße 1", null, "04109", "Leipzig", "DE"), "rechnung@muster.example",
                        "de", false, null, null, List.of()),
                new DocumentData("RE-IT-1", "K1", DocumentKind.INVOICE, "RE-IT-1", LocalDate.of(2024, 12, 30),
                        LocalDate.of(2025, 1, 13), null, null, Money.EUR,
                        List.of(new VatLine("S", new BigDecimal("19.00"), net, Money.euro("19.00"))), Money.euro("119.00"),
                        null, null, null, null, null, true));
        LocalDate from = LocalDate.of(2024, 12, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        ImportReport invoices = ingestion.ingest(IngestionBatch.of(TENANT, "erp", "erp-it", records)
                .withCoverage(new CoveragePeriod(DataKind.INVOICES, from, to)));
        assertEquals("rejections: " + invoices.rejections(), 0, invoices.rejections().size());
        ingestion.ingest(IngestionBatch.of(TENANT, "bank", "bank-it", List.of())
                .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, from, to)));
    }

    private String execute(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Session session = sessionFactory.create(System.in, out, out);
            try {
                session.execute(command);
            } finally {
                session.close();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void assertRejected(String command, String expected) throws Exception {
        try {
            String output = execute(command);
            fail("expected a rejection of '" + command + "', got: " + output);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }
}
