package de.debitum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.connector.csv.internal.CsvConnectorType;
import de.debitum.connector.csv.internal.CsvFileReader;
import de.debitum.connector.csv.internal.CsvSettings;

/**
 * Reads the CSV format of the demo data back with the CSV connector's reader, configured as the
 * launcher configures the demo's CSV instances: only folder and record kind, defaults otherwise.
 */
class DemoCsvFormatTest {

    @TempDir
    static Path root;
    static DemoScenario scenario;
    static DemoFiles.Written written;

    @BeforeAll
    static void writeScenario() throws Exception {
        scenario = DemoScenario.generate(11, LocalDate.of(2026, 12, 4), 300);
        written = DemoFiles.write(scenario, root, DemoFiles.InvoiceFormat.CSV, count -> { });
    }

    @Test
    void invoiceInListOrFileOnce() throws Exception {
        List<String> listed = read("invoices", written.invoiceListFolder().resolve("rechnungen.csv")).stream()
                .filter(DocumentData.class::isInstance).map(record -> ((DocumentData) record).number()).toList();
        List<String> files;
        try (Stream<Path> paths = Files.list(written.einvoiceFolder())) {
            files = paths.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("RE-")).map(name -> name.replace(".xml", "")).toList();
        }
        assertThat(listed).hasSize(written.csvInvoices()).doesNotContainAnyElementsOf(files);
        assertThat(listed.size() + files.size()).isEqualTo(scenario.invoices().size());
        assertThat(listed).isNotEmpty();
        assertThat(files).isNotEmpty();
    }

    @Test
    void invoiceRowsKeepAmountsAndDates() throws Exception {
        Map<String, DemoScenario.Invoice> byNumber = scenario.invoices().stream()
                .collect(Collectors.toMap(DemoScenario.Invoice::number, Function.identity()));
        for (CanonicalRecord record : read("invoices", written.invoiceListFolder().resolve("rechnungen.csv"))) {
            if (!(record instanceof DocumentData document)) {
                continue;
            }
            DemoScenario.Invoice expected = byNumber.get(document.number());
            assertThat(DemoFiles.fitsOneRow(expected)).as(document.number()).isTrue();
            assertThat(document.amountDue().amount()).as(document.number()).isEqualByComparingTo(expected.gross());
            assertThat(document.dueDate()).isEqualTo(expected.dueDate());
            assertThat(document.issueDate()).isEqualTo(expected.issueDate());
        }
    }

    @Test
    void customerListHasEveryDebtor() throws Exception {
        List<DebtorData> debtors = read("debtors", written.masterDataFolder().resolve("kunden.csv")).stream()
                .map(DebtorData.class::cast).toList();
        assertThat(debtors).hasSize(scenario.debtors().size());
        Map<String, DemoScenario.Debtor> byNumber = scenario.debtors().stream()
                .collect(Collectors.toMap(DemoScenario.Debtor::number, Function.identity()));
        for (DebtorData debtor : debtors) {
            DemoScenario.Debtor expected = byNumber.get(debtor.customerNumber());
            assertThat(debtor.name()).isEqualTo(expected.name());
            assertThat(debtor.address().city()).isEqualTo(expected.city());
            assertThat(debtor.email()).isEqualTo(expected.email());
        }
    }

    @Test
    void invoiceRowsSumToScenario() throws Exception {
        BigDecimal listed = read("invoices", written.invoiceListFolder().resolve("rechnungen.csv")).stream()
                .filter(DocumentData.class::isInstance).map(record -> ((DocumentData) record).amountDue().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = scenario.invoices().stream().filter(DemoFiles::fitsOneRow)
                .map(DemoScenario.Invoice::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(listed).isEqualByComparingTo(expected);
    }

    private static List<CanonicalRecord> read(String kind, Path file) throws Exception {
        Map<String, String> raw = new HashMap<>();
        raw.put(CsvSettings.FOLDER, file.getParent().toString());
        raw.put(CsvSettings.RECORD_KIND, kind);
        CsvSettings settings = CsvSettings.of(ConnectorConfig.of(new CsvConnectorType("test").configFields(), raw));
        CsvFileReader.ReadResult result = new CsvFileReader(settings).read(Files.readAllBytes(file));
        assertThat(result.problems()).as(file.toString()).isEmpty();
        return result.records();
    }
}
