package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionService;
import de.debitum.api.ledger.Chart;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.api.store.TenantStore;
import de.debitum.ledger.LedgerService;

/** Boots the distribution and books and exports a tenant's invoice through the shell commands. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LedgerIT {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Inject
    private BundleContext bundleContext;

    @Inject
    private BootFinished bootFinished;

    @Inject
    private LedgerService ledger;

    @Inject
    private TenantStore tenants;

    @Inject
    private IngestionService ingestion;

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return DistributionOptions.boot();
    }

    @Test
    public void ledgerServiceIsActive() {
        ServiceReference<LedgerService> reference = bundleContext.getServiceReference(LedgerService.class);
        assertNotNull("no LedgerService registered", reference);
        assertEquals("debitum-ledger", reference.getBundle().getSymbolicName());
        TenantId tenant = TenantId.of("ledger-it-settings");
        tenants.create(tenant, "Ledger IT");
        assertEquals(Chart.SKR03, ledger.settings(tenant).chart());
    }

    @Test
    public void exportCommandWritesFiles() throws Exception {
        TenantId tenant = TenantId.of("ledger-it-export");
        tenants.create(tenant, "Ledger IT Export GmbH");
        Money net = Money.euro("100.00");
        VatLine vat = new VatLine("S", new BigDecimal("19.00"), net, net.percent(new BigDecimal("19")));
        DebtorData debtor = new DebtorData("d1", "K-1", "Müller € Söhne GmbH",
                new PostalAddress("Hauptstraße 1", null, "80331", "München", "DE"), null, "de", false, null, null, List.of());
        DocumentData invoice = new DocumentData("i1", "d1", DocumentKind.INVOICE, "RE-2026-1", LocalDate.of(2026, 2, 3),
                LocalDate.of(2026, 3, 5), null, null, Money.EUR, List.of(vat), Money.euro("119.00"), null, null, null, null,
                null, true);
        ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp-1", List.of(debtor, invoice)));
        Path folder = Files.createTempDirectory("debitum-datev-it");

        execute("debitum:ledger-settings " + tenant + " consultant=29098 client=55003");
        String booked = execute("debitum:ledger-book " + tenant + " 2026-01-01 2026-12-31");
        String exported = execute("debitum:datev-export " + tenant + " 2026-02 " + folder);

        assertTrue(booked, booked.contains("1 events booked, 1 bookings"));
        assertTrue(exported, exported.contains("exported and locked: 1 bookings, 1 debtor accounts"));
        Path stapel = folder.resolve("EXTF_Buchungsstapel_20260201_20260228.csv");
        Path debitoren = folder.resolve("EXTF_Debitoren_Kreditoren.csv");
        assertTrue(exported, exported.contains(stapel.toString()));
        String stapelText = new String(Files.readAllBytes(stapel), WINDOWS_1252);
        assertTrue(stapelText, stapelText.startsWith("\"EXTF\";700;21;\"Buchungsstapel\";13;"));
        assertEquals(4, stapelText.split("\r\n", -1).length);
        assertTrue(stapelText, stapelText.contains("119,00;\"S\";\"EUR\""));
        assertTrue(new String(Files.readAllBytes(debitoren), WINDOWS_1252).contains("\"Müller € Söhne GmbH\""));
    }

    @Test
    public void exportCommandRejectsInvalidPeriod() throws Exception {
        try {
            execute("debitum:datev-export ledger-it-export 2026-13 /tmp");
            fail("an invalid period was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Ungültige Periode '2026-13'"));
        }
    }

    /** Runs a shell command and returns what it printed; a failing command throws its exception. */
    private String execute(String command) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
                Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out)) {
            session.execute(command);
        }
        return output.toString(StandardCharsets.UTF_8);
    }
}
