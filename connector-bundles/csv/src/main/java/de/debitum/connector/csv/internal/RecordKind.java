package de.debitum.connector.csv.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rows of a file are: invoices, payments or debtors. Each kind names the fields a row can
 * carry, the fields it must carry and a default column mapping for a German export.
 */
public enum RecordKind {

    INVOICES("invoices", Set.of("number", "issueDate", "customerNumber", "customerName", "net", "vatRate", "vat"),
            presets("number=Rechnungsnummer", "issueDate=Rechnungsdatum", "dueDate=Fälligkeit",
                    "customerNumber=Kundennummer", "customerName=Kunde", "net=Netto", "vatRate=USt-Satz", "vat=USt",
                    "gross=Brutto", "cashDiscountPercent=Skonto %", "cashDiscountDays=Skontotage"),
            List.of("currency", "orderReference")),
    PAYMENTS("payments", Set.of("account", "bookingDate", "amount"),
            presets("account=Auftragskonto", "bookingDate=Buchungstag", "valueDate=Valutadatum",
                    "remittanceText=Verwendungszweck", "counterpartyName=Beguenstigter/Zahlungspflichtiger",
                    "counterpartyIban=Kontonummer/IBAN", "amount=Betrag", "currency=Waehrung"),
            List.of("id", "counterpartyBic", "endToEndId", "mandateReference")),
    DEBTORS("debtors", Set.of("customerNumber", "name"),
            presets("customerNumber=Kundennummer", "name=Name", "street=Straße", "postalCode=PLZ", "city=Ort",
                    "country=Land", "email=E-Mail", "vatId=USt-IdNr."),
            List.of("addressLine2", "iban", "buyerReference"));

    private final String value;
    private final Set<String> requiredFields;
    private final Map<String, String> preset;
    private final List<String> extraFields;

    RecordKind(String value, Set<String> requiredFields, Map<String, String> preset, List<String> extraFields) {
        this.value = value;
        this.requiredFields = requiredFields;
        this.preset = preset;
        this.extraFields = extraFields;
    }

    /** The value of the configuration field, such as {@code invoices}. */
    public String value() {
        return value;
    }

    public Set<String> requiredFields() {
        return requiredFields;
    }

    /** The default mapping, field to column header, in column order of a typical export. */
    public Map<String, String> preset() {
        return preset;
    }

    /** Every field name a mapping may use for this kind. */
    public List<String> fields() {
        List<String> all = new java.util.ArrayList<>(preset.keySet());
        all.addAll(extraFields);
        return all;
    }

    /** Returns the preset as configuration text: {@code field=Header} pairs separated by semicolons. */
    public String presetText() {
        StringBuilder text = new StringBuilder();
        preset.forEach((field, header) -> text.append(text.length() == 0 ? "" : ";").append(field).append('=').append(header));
        return text.toString();
    }

    public static List<String> choices() {
        return List.of(INVOICES.value, PAYMENTS.value, DEBTORS.value);
    }

    /** Returns the kind of a configuration value; the field's choices exclude any other value. */
    public static RecordKind of(String value) {
        for (RecordKind kind : values()) {
            if (kind.value.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Invalid record kind '" + value + "': expected one of " + choices() + ".");
    }

    private static Map<String, String> presets(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            map.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
