package de.debitum.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;

/** Each preset on a small file in its layout, and the guards of the preset field. */
class CsvPresetTest {

    private static CsvFileReader.ReadResult read(String kind, Map<String, String> values, String file) throws Exception {
        return new CsvFileReader(TestFiles.settings(kind, values)).read(TestFiles.resource(file));
    }

    @Test
    void debitumPresetIsDefault() {
        CsvSettings settings = TestFiles.settings("invoices", Map.of());

        assertThat(settings.preset()).isEqualTo(CsvPreset.DEBITUM);
        assertThat(settings.mapping().headersByField()).isEqualTo(RecordKind.INVOICES.preset());
    }

    @Test
    void debitumPresetReadsOwnLayout() throws Exception {
        CsvFileReader.ReadResult result = read("invoices", Map.of(CsvSettings.PRESET, "debitum"),
                "rechnungen-excel.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.records().stream().filter(DocumentData.class::isInstance)).hasSize(3);
    }

    @Test
    void csvCamtPresetReadsBankExport() throws Exception {
        CsvFileReader.ReadResult result = read("payments",
                Map.of(CsvSettings.PRESET, "csv-camt", CsvSettings.DATE_FORMAT, "dd.MM.yy"), "csv-camt-umsaetze.csv");

        assertThat(result.problems()).isEmpty();
        List<PaymentData> payments = result.records().stream().map(PaymentData.class::cast).toList();
        assertThat(payments).hasSize(2);
        PaymentData credit = payments.get(0);
        assertThat(credit.accountIban()).isEqualTo("DE89370400440532013000");
        assertThat(credit.bookingDate()).hasToString("2025-08-04");
        assertThat(credit.amount()).isEqualTo(Money.euro("1190.00"));
        assertThat(credit.counterpartyName()).isEqualTo("Baeckerei Weiss");
        assertThat(credit.counterpartyIban()).isEqualTo("DE02120300000000202051");
        assertThat(credit.counterpartyBic()).isEqualTo("BYLADEM1001");
        assertThat(credit.endToEndId()).isEqualTo("E2E-0815");
        assertThat(credit.remittanceText()).isEqualTo("RE-2025-0815 Danke");
        PaymentData debit = payments.get(1);
        assertThat(debit.amount()).isEqualTo(Money.euro("-49.90"));
        assertThat(debit.valueDate()).hasToString("2025-08-06");
        assertThat(debit.mandateReference()).isEqualTo("M-4711");
    }

    @Test
    void sevdeskPresetReadsInvoiceList() throws Exception {
        CsvFileReader.ReadResult result = read("invoices",
                Map.of(CsvSettings.PRESET, "sevdesk", CsvSettings.DECIMAL_COMMA, "false"), "sevdesk-rechnungen.csv");

        assertThat(result.problems()).isEmpty();
        List<DocumentData> documents = result.records().stream().filter(DocumentData.class::isInstance)
                .map(DocumentData.class::cast).toList();
        List<DebtorData> debtors = result.records().stream().filter(DebtorData.class::isInstance)
                .map(DebtorData.class::cast).toList();
        assertThat(documents).extracting(DocumentData::number).containsExactly("RE-1001", "RE-1002");
        assertThat(documents.get(0).amountDue()).isEqualTo(Money.euro("119.00"));
        assertThat(documents.get(0).taxTotal()).isEqualTo(Money.euro("19.00"));
        assertThat(documents.get(0).issueDate()).hasToString("2025-03-01");
        assertThat(documents.get(0).debtorExternalId()).isEqualTo("1001");
        assertThat(documents.get(1).vatLines().get(0).rate()).isEqualByComparingTo("7");
        assertThat(debtors).extracting(DebtorData::customerNumber).containsExactly("1001", "1002");
        assertThat(debtors.get(1).name()).isEqualTo("Bäckerei Weiß");
    }

    @Test
    void presetOfOtherKindIsRejected() {
        assertThatThrownBy(() -> TestFiles.settings("invoices", Map.of(CsvSettings.PRESET, "csv-camt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("csv-camt").hasMessageContaining("payments").hasMessageContaining("invoices");
    }

    @Test
    void ownMappingReplacesPreset() {
        CsvSettings settings = TestFiles.settings("invoices", Map.of(CsvSettings.PRESET, "csv-camt",
                CsvSettings.MAPPING, "number=Nr;issueDate=Datum;customerNumber=Kd;customerName=Name;net=N;vatRate=S;vat=U"));

        assertThat(settings.mapping().header("number")).isEqualTo("Nr");
    }

    @Test
    void unknownPresetIsInvalid() {
        assertThatThrownBy(() -> TestFiles.settings("invoices", Map.of(CsvSettings.PRESET, "lexware")))
                .hasMessageContaining(CsvSettings.PRESET);
    }
}
