package de.debitum.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
    void everyInvoiceInListOnce() throws Exception {
        List<String> listed = documents().stream().map(DocumentData::number).toList();
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(scenario.invoices().stream().map(DemoScenario.Invoice::number).toList());
        assertThat(written.csvInvoices()).isEqualTo(scenario.invoices().size());
        try (Stream<Path> files = Files.list(written.einvoiceFolder())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void invoiceRowsKeepAmountsDatesAndSkonto() throws Exception {
        Map<String, DemoScenario.Invoice> byNumber = scenario.invoices().stream()
                .collect(Collectors.toMap(DemoScenario.Invoice::number, Function.identity()));
        int withSeveralRates = 0;
        for (DocumentData document : documents()) {
            DemoScenario.Invoice expected = byNumber.get(document.number());
            assertThat(document.amountDue().amount()).as(document.number()).isEqualByComparingTo(expected.gross());
            assertThat(document.dueDate()).isEqualTo(expected.dueDate());
            assertThat(document.issueDate()).isEqualTo(expected.issueDate());
            assertThat(document.vatLines()).hasSize((int) expected.lines().stream()
                    .map(DemoScenario.Line::vatRate).distinct().count());
            withSeveralRates += document.vatLines().size() > 1 ? 1 : 0;
            if (expected.cashDiscount() == null) {
                assertThat(document.terms().cashDiscounts()).isEmpty();
            } else {
                assertThat(document.terms().cashDiscounts()).singleElement().satisfies(tier -> {
                    assertThat(tier.days()).isEqualTo(expected.cashDiscount().days());
                    assertThat(tier.percent()).isEqualByComparingTo(expected.cashDiscount().percent());
                });
            }
        }
        assertThat(withSeveralRates).isPositive();
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

    private static List<DocumentData> documents() throws Exception {
        return read("invoices", written.invoiceListFolder().resolve("rechnungen.csv")).stream()
                .filter(DocumentData.class::isInstance).map(DocumentData.class::cast).toList();
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
