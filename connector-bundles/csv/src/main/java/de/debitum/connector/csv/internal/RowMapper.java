package de.debitum.connector.csv.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;

/**
 * Converts one data row into records by the column mapping. The first value that does not fit
 * rejects the whole row with a {@link RowProblem}.
 */
final class RowMapper {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final CsvSettings settings;
    private final Map<String, Integer> columns;

    RowMapper(CsvSettings settings, Map<String, Integer> columns) {
        this.settings = settings;
        this.columns = columns;
    }

    /** A record with the key that identifies it within the file: record type and external id. */
    record Keyed(String key, CanonicalRecord record, boolean debtor) {
    }

    /** The records of a row, or the reason it was rejected. */
    record Mapped(List<Keyed> records, RowProblem problem) {
    }

    /** A value that does not fit its field; caught per row. */
    private static final class BadValue extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient RowProblem problem;

        BadValue(RowProblem problem) {
            super(problem.english(), null, false, false);
            this.problem = problem;
        }
    }

    Mapped map(CSVRecord row, long rowNumber) {
        Row values = new Row(row, rowNumber);
        try {
            return new Mapped(switch (settings.kind()) {
                case INVOICES -> invoice(values);
                case PAYMENTS -> List.of(payment(values));
                case DEBTORS -> List.of(debtor(values));
            }, null);
        } catch (BadValue e) {
            return new Mapped(List.of(), e.problem);
        }
    }

    /** Returns the key of the document with {@code number} within a file. */
    static String documentKey(String number) {
        return "document " + number;
    }

    /** Returns the invoice number of a row of an invoice file, or null for other kinds or an empty cell. */
    String invoiceNumber(CSVRecord row) {
        return settings.kind() == RecordKind.INVOICES ? new Row(row, 0).text("number") : null;
    }

    private List<Keyed> invoice(Row row) throws BadValue {
        String number = row.required("number");
        LocalDate issueDate = row.date("issueDate", true);
        LocalDate dueDate = row.date("dueDate", false);
        String customerNumber = row.required("customerNumber");
        String customerName = row.required("customerName");
        Currency currency = row.currency();
        BigDecimal net = row.decimal("net", true);
        BigDecimal rate = row.decimal("vatRate", true);
        BigDecimal vat = row.decimal("vat", true);
        BigDecimal gross = row.decimal("gross", false);
        if (gross != null && net.add(vat).compareTo(gross) != 0) {
            throw row.bad("gross", row.text("gross"),
                    "Netto + USt = " + net.add(vat).toPlainString().replace('.', ',') + " (Netto " + row.text("net")
                            + " + USt " + row.text("vat") + ")",
                    "net + VAT = " + net.add(vat).toPlainString() + " (net " + row.text("net") + " + VAT "
                            + row.text("vat") + ")");
        }
        if (dueDate != null && dueDate.isBefore(issueDate)) {
            throw row.bad("dueDate", row.text("dueDate"), "ein Datum nicht vor dem Rechnungsdatum " + row.text("issueDate"),
                    "a date not before the issue date " + row.text("issueDate"));
        }
        PaymentTerms terms = cashDiscount(row);

        Money netAmount = Money.of(net, currency);
        Money vatAmount = Money.of(vat, currency);
        // NOTE: a CSV row carries no VAT category. A rate above zero is read as standard rate (S) and
        // zero as exempt (E), although zero can also mean reverse charge (AE) or an export (G).
        String category = rate.signum() > 0 ? "S" : "E";
        DocumentData document = new DocumentData(number, customerNumber, DocumentKind.INVOICE, number, issueDate, dueDate,
                null, null, currency, List.of(new VatLine(category, rate, netAmount, vatAmount)),
                netAmount.plus(vatAmount), terms, row.optional("orderReference"), null, null, null, true);
        DebtorData debtor = new DebtorData(customerNumber, customerNumber, customerName, null, null, null, false, null,
                null, List.of());
        return List.of(new Keyed("debtor " + customerNumber, debtor, true), new Keyed(documentKey(number), document, false));
    }

    /** Reads the optional Skonto columns: both or neither, 0 to 100 percent within 1 to 365 days. */
    private static PaymentTerms cashDiscount(Row row) throws BadValue {
        BigDecimal percent = row.decimal("cashDiscountPercent", false);
        String daysText = row.text("cashDiscountDays");
        if (percent == null && daysText == null) {
            return PaymentTerms.NONE;
        }
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw row.bad("cashDiscountPercent", row.text("cashDiscountPercent"),
                    "ein Skontosatz über 0 und unter 100 Prozent, wenn Skontotage angegeben sind",
                    "a cash discount rate above 0 and below 100 percent when cash discount days are given");
        }
        int days;
        try {
            days = daysText == null ? 0 : Integer.parseInt(daysText);
        } catch (NumberFormatException e) {
            days = 0;
        }
        if (days < 1 || days > 365) {
            throw row.bad("cashDiscountDays", daysText, "eine ganze Zahl von Tagen von 1 bis 365, wenn ein Skontosatz"
                    + " angegeben ist", "a whole number of days from 1 to 365 when a cash discount rate is given");
        }
        return new PaymentTerms(null, List.of(new CashDiscountTier(days, percent)));
    }

    private Keyed payment(Row row) throws BadValue {
        String account = compactIban(row.required("account"));
        LocalDate bookingDate = row.date("bookingDate", true);
        LocalDate valueDate = row.date("valueDate", false);
        BigDecimal amount = row.decimal("amount", true);
        Currency currency = row.currency();
        String counterpartyIban = row.optional("counterpartyIban");
        String id = row.optional("id");
        // Without an id column the row's own content is its identity, so the same row dropped again
        // is recognised. NOTE: two identical rows in one file (same day, amount, text) are one payment.
        String externalId = id != null ? id : "row-" + sha256(String.join("\u001f", row.record.values()));
        PaymentData payment = new PaymentData(externalId, account, bookingDate, valueDate, Money.of(amount, currency),
                row.optional("counterpartyName"), counterpartyIban == null ? null : compactIban(counterpartyIban),
                row.optional("counterpartyBic"), row.optional("remittanceText"), row.optional("endToEndId"), null,
                row.optional("mandateReference"), null, null, null, false);
        return new Keyed("payment " + externalId, payment, false);
    }

    private Keyed debtor(Row row) throws BadValue {
        String customerNumber = row.required("customerNumber");
        String name = row.required("name");
        String country = row.optional("country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw row.bad("country", country, "ein Ländercode nach ISO 3166-1 wie DE", "an ISO 3166-1 country code such as DE");
        }
        PostalAddress address = new PostalAddress(row.optional("street"), row.optional("addressLine2"),
                row.optional("postalCode"), row.optional("city"), country == null ? null : country.toUpperCase(Locale.ROOT));
        String iban = row.optional("iban");
        DebtorData debtor = new DebtorData(customerNumber, customerNumber, name, address, row.optional("email"), null,
                false, row.optional("vatId"), row.optional("buyerReference"),
                iban == null ? List.of() : List.of(compactIban(iban)));
        return new Keyed("debtor " + customerNumber, debtor, true);
    }

    private static String compactIban(String iban) {
        return iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The Java runtime lacks SHA-256, which every Java SE runtime provides.", e);
        }
    }

    /** The values of one row, looked up by field through the mapping. */
    private final class Row {

        private final CSVRecord record;
        private final long number;

        Row(CSVRecord record, long number) {
            this.record = record;
            this.number = number;
        }

        /** Returns the stripped value of {@code field}, or {@code null} when it is empty or has no column. */
        String text(String field) {
            String header = settings.mapping().header(field);
            Integer index = header == null ? null : columns.get(header);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String optional(String field) {
            return text(field);
        }

        String required(String field) throws BadValue {
            String value = text(field);
            if (value == null) {
                throw bad(field, null, "ein Wert (Pflichtfeld)", "a value (required field)");
            }
            return value;
        }

        LocalDate date(String field, boolean required) throws BadValue {
            String value = required ? required(field) : text(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, settings.dateFormat());
            } catch (DateTimeParseException e) {
                throw bad(field, value, "ein Datum im Format " + settings.datePattern(),
                        "a date in the format " + settings.datePattern());
            }
        }

        BigDecimal decimal(String field, boolean required) throws BadValue {
            String value = required ? required(field) : text(field);
            if (value == null) {
                return null;
            }
            String compact = value.replace(" ", "").replace("\u00a0", "");
            if (compact.endsWith("%")) {
                compact = compact.substring(0, compact.length() - 1);
            }
            if (settings.decimalComma()) {
                if (!DECIMAL_COMMA.matcher(compact).matches()) {
                    throw bad(field, value, "eine Zahl mit Dezimalkomma wie 1.234,56", "a number with decimal comma such as 1.234,56");
                }
                return new BigDecimal(compact.replace(".", "").replace(',', '.'));
            }
            if (!DECIMAL_POINT.matcher(compact).matches()) {
                throw bad(field, value, "eine Zahl mit Dezimalpunkt wie 1,234.56", "a number with decimal point such as 1,234.56");
            }
            return new BigDecimal(compact.replace(",", ""));
        }

        Currency currency() throws BadValue {
            String value = text("currency");
            if (value == null) {
                return Money.EUR;
            }
            String code = value.equals("€") ? "EUR" : value.toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(code).matches()) {
                throw bad("currency", value, "ein Währungscode nach ISO 4217 wie EUR", "an ISO 4217 currency code such as EUR");
            }
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw bad("currency", value, "ein Währungscode nach ISO 4217 wie EUR", "an ISO 4217 currency code such as EUR");
            }
        }

        BadValue bad(String field, String value, String expectedGerman, String expectedEnglish) {
            return new BadValue(new RowProblem(number, settings.mapping().header(field), value, expectedGerman,
                    expectedEnglish));
        }
    }
}
