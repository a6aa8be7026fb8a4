package de.debitum.connector.csv.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column mappings for common exports, chosen by the configuration field "Vorlage / preset". An
 * explicit column mapping replaces the preset's. Each preset names where its column headers come
 * from, and only {@link #DEBITUM} fits every record kind.
 *
 * <p>NOTE: there is no preset for the DATEV OPOS list yet. Its export (Konto, Rechnungsnummer,
 * Datum, Fälligkeit, Sollbetrag, Habenbetrag, Saldo, Gegenkonto, Buchungstext) has no customer
 * name and no net and VAT amounts, which invoice rows require.
 */
public enum CsvPreset {

    /** Debitum's own layout, per record kind: see {@link RecordKind#preset()}. */
    DEBITUM("debitum", null, Map.of()),

    /**
     * A German bank account export in the CSV-CAMT layout, as savings banks such as Haspa write it.
     * The column headers are those that the public repository tilothiele/bankimport lists for a
     * Haspa camt.052 v8 CSV export: Auftragskonto, Buchungstag, Valutadatum, Buchungstext,
     * Verwendungszweck, Glaeubiger ID, Mandatsreferenz, Kundenreferenz (End-to-End), Sammlerreferenz,
     * Lastschrift Ursprungsbetrag, Auslagenersatz Ruecklastschrift, Beguenstigter/Zahlungspflichtiger,
     * Kontonummer/IBAN, BIC (SWIFT-Code), Betrag, Waehrung, Info. Its dates have two-digit years
     * ("04.08.25"), so the instance needs the date format dd.MM.yy.
     */
    CSV_CAMT("csv-camt", RecordKind.PAYMENTS, mapping(
            "account=Auftragskonto", "bookingDate=Buchungstag", "valueDate=Valutadatum",
            "remittanceText=Verwendungszweck", "mandateReference=Mandatsreferenz",
            "endToEndId=Kundenreferenz (End-to-End)", "counterpartyName=Beguenstigter/Zahlungspflichtiger",
            "counterpartyIban=Kontonummer/IBAN", "counterpartyBic=BIC (SWIFT-Code)", "amount=Betrag",
            "currency=Waehrung")),

    /**
     * An invoice list with the field names of the sevDesk API invoice object (invoiceNumber,
     * invoiceDate, sumNet, taxRate, sumTax, sumGross, currency, customerInternalNote), the contact's
     * fields flattened as contact.customerNumber and contact.name, as documented in the public
     * sevDesk API model ModelInvoiceResponse.
     */
    SEVDESK("sevdesk", RecordKind.INVOICES, mapping(
            "number=invoiceNumber", "issueDate=invoiceDate", "customerNumber=contact.customerNumber",
            "customerName=contact.name", "net=sumNet", "vatRate=taxRate", "vat=sumTax", "gross=sumGross",
            "currency=currency", "orderReference=customerInternalNote"));

    private final String value;
    private final RecordKind kind;
    private final Map<String, String> headersByField;

    CsvPreset(String value, RecordKind kind, Map<String, String> headersByField) {
        this.value = value;
        this.kind = kind;
        this.headersByField = headersByField;
    }

    /** The value of the configuration field, such as {@code csv-camt}. */
    public String value() {
        return value;
    }

    public static List<String> choices() {
        return java.util.Arrays.stream(values()).map(CsvPreset::value).toList();
    }

    /** Returns the preset of a configuration value; the field's choices exclude any other value. */
    public static CsvPreset of(String value) {
        for (CsvPreset preset : values()) {
            if (preset.value.equals(value)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("Invalid preset '" + value + "': expected one of " + choices() + ".");
    }

    /**
     * Returns the mapping, field to column header, for files of {@code recordKind}.
     *
     * @throws IllegalArgumentException when the preset is made for another record kind
     */
    public Map<String, String> mapping(RecordKind recordKind) {
        if (kind == null) {
            return recordKind.preset();
        }
        if (kind != recordKind) {
            throw new IllegalArgumentException("The preset " + value + " is made for " + kind.value()
                    + ", but the instance reads " + recordKind.value() + ": choose the preset debitum or set the"
                    + " record kind to " + kind.value() + ".");
        }
        return headersByField;
    }

    /** Returns the mapping as configuration text: {@code field=Header} pairs separated by semicolons. */
    public String mappingText(RecordKind recordKind) {
        StringBuilder text = new StringBuilder();
        mapping(recordKind).forEach((field, header) ->
                text.append(text.length() == 0 ? "" : ";").append(field).append('=').append(header));
        return text.toString();
    }

    private static Map<String, String> mapping(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            map.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return Collections.unmodifiableMap(map);
    }
}
