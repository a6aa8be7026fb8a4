package de.debitum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import de.debitum.connector.bankstatement.internal.parse.ParseResult;
import de.debitum.connector.bankstatement.internal.parse.StatementReader;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.ReadResult;

/** Reads the generated files back with the readers the hub's connectors use. */
class DemoFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    static Path root;
    static DemoScenario scenario;
    static DemoFiles.Written written;

    @BeforeAll
    static void writeScenario() throws Exception {
        scenario = DemoScenario.generate(7, TODAY, 40);
        written = DemoFiles.write(scenario, root, DemoFiles.InvoiceFormat.PDF, count -> { });
    }

    @Test
    void invoiceFilesReadBack() throws Exception {
        Map<String, DemoScenario.Invoice> byNumber = scenario.invoices().stream()
                .collect(Collectors.toMap(DemoScenario.Invoice::number, Function.identity()));
        try (EInvoiceReader reader = new EInvoiceReader(); Stream<Path> files = Files.list(written.einvoiceFolder())) {
            List<Path> invoiceFiles = files.filter(f -> f.getFileName().toString().startsWith("RE-")).sorted().toList();
            assertThat(invoiceFiles).hasSize(scenario.invoices().size());
            for (Path file : invoiceFiles) {
                ReadResult result = reader.read(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat(result).as(file.toString()).isInstanceOf(ReadResult.Accepted.class);
                InvoiceRecord record = ((ReadResult.Accepted) result).invoice();
                DemoScenario.Invoice expected = byNumber.get(record.number());
                assertThat(expected).as("invoice %s in %s", record.number(), file).isNotNull();
                assertThat(record.totals().amountDue().amount()).isEqualByComparingTo(expected.gross());
                assertThat(record.dueDate()).isEqualTo(expected.dueDate());
                assertThat(record.buyer().name()).isEqualTo(expected.debtor().name());
                assertThat(record.buyer().ids()).containsExactly(expected.debtor().number());
                assertThat(record.buyer().email()).isEqualTo(expected.debtor().email());
                assertThat(record.payment().skontoTiers()).hasSize(expected.cashDiscount() == null ? 0 : 1);
            }
        }
    }

    @Test
    void damagedFileRejected() throws Exception {
        try (EInvoiceReader reader = new EInvoiceReader()) {
            Path damaged = written.einvoiceFolder().resolve("Rechnung-unvollstaendig.xml");
            ReadResult result = reader.read(damaged.getFileName().toString(), Files.readAllBytes(damaged));
            assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        }
    }

    @Test
    void invoicePdfsArePdfA3b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Path pdf = written.einvoiceFolder().resolve(scenario.invoices().get(0).number() + ".pdf");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(
                new ByteArrayInputStream(Files.readAllBytes(pdf)), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
    }

    @Test
    void statementsBalanceAndCarryEveryBankPayment() throws Exception {
        List<DemoScenario.Payment> bankPayments = scenario.payments().stream()
                .filter(p -> p.channel() == DemoScenario.Channel.BANK_STATEMENT).toList();
        int read = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (Stream<Path> files = Files.list(written.bankFolder())) {
            for (Path file : files.sorted().toList()) {
                ParseResult result = StatementReader.read(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat(result.rejections()).as(file.toString()).isEmpty();
                assertThat(result.statements()).hasSize(1);
                for (var payment : result.payments()) {
                    read++;
                    // The reader signs the amount: debits are negative.
                    sum = sum.add(payment.amount().amount());
                }
            }
        }
        assertThat(read).isEqualTo(bankPayments.size());
        assertThat(sum).isEqualByComparingTo(bankPayments.stream().map(DemoScenario.Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void scenarioHasPaymentNoise() {
        Map<DemoScenario.Fate, Long> fates = scenario.invoices().stream()
                .collect(Collectors.groupingBy(DemoScenario.Invoice::fate, Collectors.counting()));
        DemoScenario large = DemoScenario.generate(1, TODAY, 1000);
        Map<DemoScenario.Fate, Long> largeFates = large.invoices().stream()
                .collect(Collectors.groupingBy(DemoScenario.Invoice::fate, Collectors.counting()));
        assertThat(largeFates.keySet()).containsAll(List.of(DemoScenario.Fate.values()));
        assertThat(fates.getOrDefault(DemoScenario.Fate.UNPAID, 0L)).isPositive();
        // A transfer for several invoices names each of them.
        assertThat(large.payments()).anyMatch(p -> p.invoiceNumbers().size() > 1
                && p.invoiceNumbers().stream().allMatch(p.remittance()::contains));
    }

    @Test
    void sameSeedSameData() {
        DemoScenario again = DemoScenario.generate(7, TODAY, 40);
        assertThat(again.invoices()).isEqualTo(scenario.invoices());
        assertThat(again.payments()).isEqualTo(scenario.payments());
    }

    @Test
    void csvExportUsesPresetColumns() throws Exception {
        Path csv = written.csvFolder().resolve("umsaetze-zweitkonto.csv");
        String text = new String(Files.readAllBytes(csv), DemoFiles.WINDOWS_1252);
        assertThat(text).startsWith("Auftragskonto;Buchungstag;Valutadatum;Verwendungszweck;");
        long rows = text.lines().count() - 1;
        assertThat(rows).isEqualTo(scenario.payments().stream()
                .filter(p -> p.channel() == DemoScenario.Channel.CSV_EXPORT).count());
    }

    @Test
    void badArgumentsExitWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DemoDataCommand.run(new String[] {"--out", root.toString(), "--invoices", "5"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("5").contains("10").doesNotContain("Exception")
                .hasLineCount(1);
    }
}
