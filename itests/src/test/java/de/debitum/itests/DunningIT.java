package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
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
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.TenantStore;
import de.debitum.dunning.run.DunningRunService;
import de.debitum.dunning.run.NoticeForOutput;

/**
 * Boots the distribution and runs dunning through the shell commands and the HTTP API: the
 * service is active, a preview and a run create the notice, and approval hands it to output.
 * Blocks and the review of single notices work through their commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DunningIT {

    private static final TenantId TENANT = TenantId.of("dunning-it");
    private static final TenantId HTTP_TENANT = TenantId.of("dunning-http");
    private static final TenantId REVIEW_TENANT = TenantId.of("dunning-review");
    private static final String ADMIN_PASSWORD = "itest-dunning-admin-password";

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
    private DebtorStore debtors;

    @Inject
    private SessionFactory sessionFactory;

    /** The distribution as every test boots it, which turns the daily dunning run off, with a known admin password. */
    @Configuration
    public Option[] config() throws IOException {
        File passwordFile = new File("target/itest-dunning-admin-password");
        Files.writeString(passwordFile.toPath(), ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        return OptionUtils.combine(DistributionOptions.boot(),
                replaceConfigurationFile("etc/debitum-admin-password", passwordFile));
    }

    @Test
    public void dunningRunWorksThroughShell() throws Exception {
        Bundle bundle = Arrays.stream(bundleContext.getBundles())
                .filter(each -> String.valueOf(each.getSymbolicName()).endsWith("debitum-dunning"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("dunning bundle not installed"));
        assertEquals(Bundle.ACTIVE, bundle.getState());
        storeOverdueInvoice(TENANT);

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

    @Test
    public void previewRunAndApproveThroughHttp() throws Exception {
        storeOverdueInvoice(HTTP_TENANT);
        ApiClient api = new ApiClient(Integer.parseInt(System.getProperty(DistributionOptions.HTTP_PORT_PROPERTY)));
        String admin = adminToken(api);
        String base = "/tenants/" + HTTP_TENANT + "/dunning";

        ApiClient.Response preview = api.get(base + "/preview?date=2025-01-23", admin);
        assertEquals(preview.toString(), 200, preview.status());
        assertTrue(preview.body(), preview.body().contains("\"preview\":true"));
        assertEquals(preview.body(), 1, preview.number("noticeCount"));
        assertEquals("RE-IT-1", preview.text("documentNumber"));

        ApiClient.Response run = api.json("POST", base + "/runs?date=2025-01-23", admin, null);
        assertEquals(run.toString(), 201, run.status());
        assertEquals(run.body(), 1, run.number("noticeCount"));
        long noticeId = run.number("noticeId");
        assertTrue(run.body(), noticeId > 0);

        ApiClient.Response waiting = api.get(base + "/notices?state=awaiting_approval", admin);
        assertEquals(waiting.toString(), 200, waiting.status());
        assertEquals(waiting.body(), noticeId, waiting.number("id"));
        assertEquals(0, dunning.noticesReadyForOutput(HTTP_TENANT, 10).size());

        ApiClient.Response approved = api.json("POST", base + "/notices/" + noticeId + "/approve", admin, null);
        assertEquals(approved.toString(), 200, approved.status());
        assertEquals("approved", approved.text("status"));
        assertEquals(1, dunning.noticesReadyForOutput(HTTP_TENANT, 10).size());
        ApiClient.Response again = api.json("POST", base + "/notices/" + noticeId + "/cancel", admin,
                "{\"reason\":\"Doppelt erfasst\"}");
        assertEquals(again.toString(), 200, again.status());
        ApiClient.Response conflict = api.json("POST", base + "/notices/" + noticeId + "/approve", admin, null);
        assertEquals(conflict.toString(), 409, conflict.status());
    }

    @Test
    public void blocksAndNoticeReviewWorkThroughShell() throws Exception {
        storeOverdueInvoice(REVIEW_TENANT);
        long debtorId = debtors.findByExternalId(REVIEW_TENANT, "erp", "K1").orElseThrow().id();

        String added = execute("debitum:dunning-block --debtor " + debtorId
                + " --kind dispute --reason \"Lieferung bestritten\" --from 2025-01-01 add " + REVIEW_TENANT);
        assertTrue(added, added.contains("DISPUTE from 2025-01-01 until lifted: Lieferung bestritten"));
        long blockId = number(added, "Block (\\d+)");
        String blocked = execute("debitum:dunning-run --preview --date 2025-01-23 " + REVIEW_TENANT);
        assertTrue(blocked, blocked.contains("BLOCKED_DISPUTE"));
        String list = execute("debitum:dunning-block list " + REVIEW_TENANT);
        assertTrue(list, list.contains("1 blocks of dunning-review"));
        String ended = execute("debitum:dunning-block end " + REVIEW_TENANT + " " + blockId);
        assertEquals("Block " + blockId + " of dunning-review lifted.", ended.strip());

        execute("debitum:dunning-run --date 2025-01-23 " + REVIEW_TENANT);
        String waiting = execute("debitum:dunning-notice --state awaiting-approval list " + REVIEW_TENANT);
        assertTrue(waiting, waiting.contains("1 notices of dunning-review."));
        long noticeId = number(waiting, "Notice (\\d+)");
        String postponed = execute("debitum:dunning-notice --until 2099-01-01 postpone " + REVIEW_TENANT + " "
                + noticeId);
        assertTrue(postponed, postponed.contains("postponed until 2099-01-01"));
        String edited = execute("debitum:dunning-notice --deadline 2025-02-20 edit " + REVIEW_TENANT + " " + noticeId);
        assertTrue(edited, edited.contains("deadline 2025-02-20"));
        String shown = execute("debitum:dunning-notice show " + REVIEW_TENANT + " " + noticeId);
        assertTrue(shown, shown.contains("RE-IT-1 due 2025-01-13: open 119.00 EUR"));
        String cancelled = execute("debitum:dunning-notice --reason \"Kunde zahlt bar\" cancel " + REVIEW_TENANT + " "
                + noticeId);
        assertEquals("Notice " + noticeId + " of dunning-review cancelled.", cancelled.strip());

        assertRejected("debitum:dunning-notice cancel " + REVIEW_TENANT + " " + noticeId, "cancel needs --reason");
        assertRejected("debitum:dunning-notice --state sent list " + REVIEW_TENANT, "Invalid --state value 'sent'");
        assertRejected("debitum:dunning-block --debtor " + debtorId + " --kind promise-to-pay --reason Zusage add "
                + REVIEW_TENANT, "A promise to pay needs an end date");
        assertRejected("debitum:dunning-block end " + REVIEW_TENANT + " x1", "Invalid block id \"x1\"");
    }

    private static long number(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        assertTrue(output, matcher.find());
        return Long.parseLong(matcher.group(1));
    }

    /** Signs in as admin, waiting for the hub to create the first operator; DEBITUM_ADMIN_PASSWORD wins over the file. */
    private static String adminToken(ApiClient api) throws Exception {
        String fromEnvironment = System.getenv("DEBITUM_ADMIN_PASSWORD");
        String password = fromEnvironment == null || fromEnvironment.isBlank() ? ADMIN_PASSWORD : fromEnvironment.strip();
        String body = "{\"user\":\"admin\",\"password\":\"" + password + "\"}";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        ApiClient.Response response;
        do {
            response = api.json("POST", "/auth/token", null, body);
            if (response.status() == 200) {
                return response.text("token");
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("admin cannot sign in: " + response);
    }

    private void storeOverdueInvoice(TenantId tenant) {
        if (tenants.find(tenant).isPresent()) {
            return;
        }
        tenants.create(tenant, "Dunning IT GmbH");
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
        ImportReport invoices = ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp-it", records)
                .withCoverage(new CoveragePeriod(DataKind.INVOICES, from, to)));
        assertEquals("rejections: " + invoices.rejections(), 0, invoices.rejections().size());
        ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank-it", List.of())
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
