package de.debitum.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.ConnectorConfig;

/** Reading the instance configuration: presets, custom mappings and values that cannot be used. */
class CsvSettingsTest {

    @Test
    void emptyMappingSelectsPreset() {
        CsvSettings settings = TestFiles.settings("invoices", Map.of());

        assertThat(settings.mapping().headersByField()).isEqualTo(RecordKind.INVOICES.preset());
        assertThat(settings.delimiter()).isNull();
        assertThat(settings.decimalComma()).isTrue();
        assertThat(settings.maxFileBytes()).isEqualTo(20 * 1024 * 1024);
        assertThat(RecordKind.INVOICES.presetText()).isEqualTo("number=Rechnungsnummer;issueDate=Rechnungsdatum;"
                + "dueDate=Fälligkeit;customerNumber=Kundennummer;customerName=Kunde;net=Netto;vatRate=USt-Satz;"
                + "vat=USt;gross=Brutto;cashDiscountPercent=Skonto %;cashDiscountDays=Skontotage");
    }

    @Test
    void customMappingAndTabRead() {
        CsvSettings settings = TestFiles.settings("payments", Map.of(CsvSettings.DELIMITER, "tab",
                CsvSettings.MAPPING, "account = Konto\nbookingDate=Datum;amount=Betrag (EUR)"));

        assertThat(settings.delimiter()).isEqualTo('\t');
        assertThat(settings.mapping().header("amount")).isEqualTo("Betrag (EUR)");
        assertThat(settings.mapping().header("remittanceText")).isNull();
    }

    @Test
    void mappingWithoutRequiredFieldRejected() {
        assertThatThrownBy(() -> TestFiles.settings("payments", Map.of(CsvSettings.MAPPING, "account=Konto;amount=Betrag")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("required fields bookingDate")
                .hasMessageContaining("bookingDate=Buchungstag");
    }

    @Test
    void mappingWithUnknownFieldRejected() {
        assertThatThrownBy(() -> TestFiles.settings("debtors", Map.of(CsvSettings.MAPPING, "kundennr=Kundennummer")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown field 'kundennr'");
    }

    @Test
    void mappingPairWithoutEqualsRejected() {
        assertThatThrownBy(() -> TestFiles.settings("debtors", Map.of(CsvSettings.MAPPING, "Kundennummer")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid column mapping entry 'Kundennummer'");
    }

    @Test
    void invalidDatePatternRejected() {
        assertThatThrownBy(() -> TestFiles.settings("invoices", Map.of(CsvSettings.DATE_FORMAT, "dd.MM.yyyy{")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid value 'dd.MM.yyyy{' of field dateFormat");
    }

    @Test
    void unknownDelimiterRejectedByFieldCheck() {
        assertThatThrownBy(() -> TestFiles.settings("invoices", Map.of(CsvSettings.DELIMITER, "|")))
                .isInstanceOf(ConnectorConfig.InvalidConfigurationException.class)
                .hasMessageContaining("delimiter");
    }
}
