package de.debitum.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;

/** The reader on hand-written exports: encodings, delimiters, quoted line breaks and bad rows. */
class CsvFileReaderTest {

    private static CsvFileReader.ReadResult read(String kind, Map<String, String> values, String file) throws Exception {
        return new CsvFileReader(TestFiles.settings(kind, values)).read(TestFiles.resource(file));
    }

    private static List<DocumentData> documents(CsvFileReader.ReadResult result) {
        return result.records().stream().filter(DocumentData.class::isInstance).map(DocumentData.class::cast).toList();
    }

    private static List<DebtorData> debtors(CsvFileReader.ReadResult result) {
        return result.records().stream().filter(DebtorData.class::isInstance).map(DebtorData.class::cast).toList();
    }

    @Test
    void germanExcelExportRead() throws Exception {
        CsvFileReader.ReadResult result = read("invoices", Map.of(), "rechnungen-excel.csv");

        assertThat(result.encoding()).isEqualTo("windows-1252");
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataRows()).isEqualTo(3);
        assertThat(debtors(result)).extracting(DebtorData::externalId, DebtorData::name)
                .containsExactly(tuple("K-100", "Müller & Söhne GmbH"),
                        tuple("K-200", "Bäckerei Weiß; Inh. Jörg Groß"));
        // Debtors come before the documents that name them.
        assertThat(result.records().get(0)).isInstanceOf(DebtorData.class);
        assertThat(result.records().get(1)).isInstanceOf(DebtorData.class);

        List<DocumentData> documents = documents(result);
        assertThat(documents).extracting(DocumentData::number).containsExactly("RE-2024-001", "RE-2024-002", "RE-2024-003");
        DocumentData first = documents.get(0);
        assertThat(first.issueDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(first.debtorExternalId()).isEqualTo("K-100");
        assertThat(first.netTotal()).isEqualTo(Money.euro("1000.00"));
        assertThat(first.taxTotal()).isEqualTo(Money.euro("190.00"));
        assertThat(first.amountDue()).isEqualTo(Money.euro("1190.00"));
        assertThat(first.vatLines().get(0).rate()).isEqualByComparingTo(new BigDecimal("19"));
        assertThat(first.vatLines().get(0).category()).isEqualTo("S");
        // The row after the quoted line break keeps its own values and row number.
        DocumentData third = documents.get(2);
        assertThat(third.amountDue()).isEqualTo(Money.euro("1469.13"));
        assertThat(result.rowsByRecord()).containsEntry("document RE-2024-003", 4L)
                .containsEntry("document RE-2024-002", 3L);
    }

    @Test
    void utf8ExportWithBomAndCommasRead() throws Exception {
        CsvFileReader.ReadResult result = read("invoices",
                Map.of(CsvSettings.DATE_FORMAT, "yyyy-MM-dd", CsvSettings.DECIMAL_COMMA, "false"), "invoices-utf8-bom.csv");

        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.delimiter()).isEqualTo(',');
        assertThat(result.problems()).isEmpty();
        // Without the BOM removed, the first header would not match Rechnungsnummer and the file would fail.
        List<DocumentData> documents = documents(result);
        assertThat(documents).extracting(DocumentData::number).containsExactly("INV-7001", "INV-7002");
        assertThat(documents.get(0).amountDue()).isEqualTo(Money.euro("2975.00"));
        assertThat(documents.get(1).dueDate()).isNull();
        assertThat(documents.get(1).vatLines().get(0).category()).isEqualTo("E");
        assertThat(debtors(result)).extracting(DebtorData::name)
                .containsExactly("Straßenbau Öztürk GmbH", "Lüdenscheider Draht, Zweigwerk Süd");
    }

    @Test
    void badRowsRejectedWithRowNumbers() throws Exception {
        CsvFileReader.ReadResult result = read("invoices", Map.of(), "rechnungen-fehler.csv");

        assertThat(documents(result)).extracting(DocumentData::number).containsExactly("RE-100", "RE-105");
        assertThat(result.problems()).extracting(RowProblem::row).containsExactly(3L, 4L, 5L, 6L);
        assertThat(result.problems()).extracting(RowProblem::column)
                .containsExactly("Rechnungsdatum", "Netto", "Rechnungsnummer", "Brutto");
        assertThat(result.problems()).extracting(RowProblem::value).containsExactly("31.02.2024", "12,3x", null, "120,00");
        assertThat(result.problems().get(0).german())
                .isEqualTo("Zeile 3, Spalte 'Rechnungsdatum': Wert '31.02.2024' – erwartet: ein Datum im Format dd.MM.yyyy");
        assertThat(result.problems().get(0).english())
                .isEqualTo("Row 3, column 'Rechnungsdatum': value '31.02.2024' – expected: a date in the format dd.MM.yyyy");
        assertThat(result.problems().get(2).german()).contains("Wert (leer)", "Pflichtfeld");
        assertThat(result.problems().get(3).english()).contains("net + VAT = 119.00");
    }

    @Test
    void paymentsWithoutIdColumnGetStableIds() throws Exception {
        CsvFileReader.ReadResult first = read("payments", Map.of(), "zahlungen-bank.csv");
        CsvFileReader.ReadResult again = read("payments", Map.of(), "zahlungen-bank.csv");

        assertThat(first.problems()).isEmpty();
        List<PaymentData> payments = first.records().stream().map(PaymentData.class::cast).toList();
        assertThat(payments).hasSize(2);
        assertThat(payments.get(0).externalId()).startsWith("row-").isNotEqualTo(payments.get(1).externalId());
        assertThat(again.records()).extracting(record -> ((PaymentData) record).externalId())
                .containsExactly(payments.get(0).externalId(), payments.get(1).externalId());
        assertThat(payments.get(0).amount()).isEqualTo(Money.euro("1190.00"));
        assertThat(payments.get(1).amount()).isEqualTo(Money.euro("-850.00"));
        assertThat(payments.get(1).remittanceText()).isEqualTo("Miete Januar\r\nBüro Süd");
        assertThat(payments.get(1).counterpartyName()).isEqualTo("Hausverwaltung Kühn");
        assertThat(payments.get(0).accountIban()).isEqualTo("DE89370400440532013000");
    }

    @Test
    void paymentIdColumnUsedAsExternalId() throws Exception {
        String csv = "Id;Konto;Datum;Betrag\nP-1;DE89370400440532013000;01.03.2024;10,00\n";
        CsvSettings settings = TestFiles.settings("payments",
                Map.of(CsvSettings.MAPPING, "id=Id;account=Konto;bookingDate=Datum;amount=Betrag"));

        CsvFileReader.ReadResult result = new CsvFileReader(settings).read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.records()).extracting(record -> ((PaymentData) record).externalId()).containsExactly("P-1");
    }

    private static final String INVOICE_HEADER =
            "Rechnungsnummer;Rechnungsdatum;Fälligkeit;Kundennummer;Kunde;Netto;USt-Satz;USt;Brutto;Skonto %;Skontotage\n";

    private static CsvFileReader.ReadResult invoices(String rows) throws Exception {
        return new CsvFileReader(TestFiles.settings("invoices", Map.of()))
                .read((INVOICE_HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsPerVatRateJoinIntoOneInvoice() throws Exception {
        CsvFileReader.ReadResult result = invoices("""
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;2;10
                RE-2;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;50,00;19;9,50;59,50;;
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;40,00;7;2,80;42,80;2;10
                """);

        assertThat(result.problems()).isEmpty();
        List<DocumentData> documents = result.records().stream().filter(DocumentData.class::isInstance)
                .map(DocumentData.class::cast).toList();
        assertThat(documents).extracting(DocumentData::number).containsExactly("RE-1", "RE-2");
        DocumentData joined = documents.get(0);
        assertThat(joined.amountDue()).isEqualTo(Money.euro("161.80"));
        assertThat(joined.vatLines()).extracting(line -> line.rate().intValue()).containsExactly(19, 7);
        assertThat(joined.terms().cashDiscounts()).singleElement().satisfies(tier -> {
            assertThat(tier.days()).isEqualTo(10);
            assertThat(tier.percent()).isEqualByComparingTo("2");
        });
        assertThat(documents.get(1).terms().cashDiscounts()).isEmpty();
        assertThat(result.rowsByRecord()).containsEntry("document RE-1", 2L).containsEntry("document RE-2", 3L);
    }

    @Test
    void invoiceWithDisagreeingRowLeftOut() throws Exception {
        CsvFileReader.ReadResult result = invoices("""
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;;
                RE-1;02.03.2026;30.03.2026;K-7;Bäckerei Schmidt;40,00;7;2,80;42,80;;
                RE-2;02.03.2026;16.03.2026;K-8;Weber & Söhne;50,00;19;9,50;59,50;;
                """);

        assertThat(result.records()).filteredOn(DocumentData.class::isInstance)
                .extracting(record -> ((DocumentData) record).number()).containsExactly("RE-2");
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0).german()).isEqualTo("Zeile 3, Spalte 'Fälligkeit': Wert '30.03.2026'"
                + " – erwartet: denselben Wert wie Zeile 2 derselben Rechnung RE-1 (16.03.2026)");
        assertThat(result.problems().get(1).row()).isEqualTo(2L);
        assertThat(result.problems().get(1).english()).contains("RE-1").contains("because of row 3");
    }

    @Test
    void invoiceWithUnreadableRowLeftOut() throws Exception {
        CsvFileReader.ReadResult result = invoices("""
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;;
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;vierzig;7;2,80;42,80;;
                """);

        assertThat(result.records()).noneMatch(DocumentData.class::isInstance);
        assertThat(result.problems()).extracting(RowProblem::column).containsExactly("Netto", "Rechnungsnummer");
    }

    @Test
    void repeatedVatRateRejected() throws Exception {
        CsvFileReader.ReadResult result = invoices("""
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;;
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;;
                """);

        assertThat(result.records()).noneMatch(DocumentData.class::isInstance);
        assertThat(result.problems().get(0).column()).isEqualTo("USt-Satz");
        assertThat(result.problems().get(0).german()).contains("doppelt");
    }

    @Test
    void cashDiscountNeedsRateAndDays() throws Exception {
        CsvFileReader.ReadResult result = invoices("""
                RE-1;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;2;
                RE-2;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;;14
                RE-3;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;2;zehn
                RE-4;02.03.2026;16.03.2026;K-7;Bäckerei Schmidt;100,00;19;19,00;119,00;3,5;14
                """);

        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                tuple(2L, "Skontotage"), tuple(3L, "Skonto %"),
                tuple(4L, "Skontotage"));
        assertThat(result.records()).filteredOn(DocumentData.class::isInstance).singleElement()
                .satisfies(record -> assertThat(((DocumentData) record).terms().cashDiscounts().get(0).percent())
                        .isEqualByComparingTo("3.5"));
    }

    @Test
    void debtorWithCountryNameRejected() throws Exception {
        CsvFileReader.ReadResult result = read("debtors", Map.of(), "debitoren.csv");

        List<CanonicalRecord> records = result.records();
        assertThat(records).hasSize(1);
        DebtorData debtor = (DebtorData) records.get(0);
        assertThat(debtor.address().line1()).isEqualTo("Hauptstraße 1");
        assertThat(debtor.address().countryCode()).isEqualTo("DE");
        assertThat(debtor.vatId()).isEqualTo("DE123456789");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3L);
            assertThat(problem.column()).isEqualTo("Land");
            assertThat(problem.value()).isEqualTo("Deutschland");
        });
    }

    @Test
    void undefinedByteMakesFileUnreadable() {
        assertThatThrownBy(() -> read("invoices", Map.of(), "undefiniertes-byte.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("windows-1252")
                .satisfies(e -> assertThat(((UnreadableFileException) e).german()).contains("Kodierung"));
    }

    @Test
    void forcedUtf8RejectsWindows1252File() {
        assertThatThrownBy(() -> read("invoices", Map.of(CsvSettings.ENCODING, "UTF-8"), "rechnungen-excel.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void unclosedQuoteMakesFileUnreadable() {
        assertThatThrownBy(() -> read("invoices", Map.of(), "offenes-anfuehrungszeichen.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("The file is not valid CSV");
    }

    @Test
    void missingColumnsNamedWithFoundHeaders() {
        assertThatThrownBy(() -> read("invoices", Map.of(), "falsche-spalten.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("Rechnungsnummer")
                .hasMessageContaining("found: Beleg | Betrag | Datum");
    }

    @Test
    void fileOverMaximumSizeUnreadable() {
        CsvSettings settings = TestFiles.settings("invoices", Map.of(CsvSettings.MAX_FILE_SIZE, "1"));
        byte[] content = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(content, (byte) 'a');

        assertThatThrownBy(() -> new CsvFileReader(settings).read(content))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("1048577 bytes, at most 1048576 bytes");
    }

    @Test
    void emptyFileUnreadable() {
        assertThatThrownBy(() -> new CsvFileReader(TestFiles.settings("debtors", Map.of())).read(new byte[0]))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("header row");
    }

    @Test
    void tabDelimiterDetected() {
        assertThat(CsvFileReader.detectDelimiter("a\tb\tc;d\n1\t2\t3")).isEqualTo('\t');
        assertThat(CsvFileReader.detectDelimiter("a,b;c;d\n")).isEqualTo(';');
        assertThat(CsvFileReader.detectDelimiter("single")).isEqualTo(';');
    }
}
