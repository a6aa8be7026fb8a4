package de.debitum.connector.csv.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.debitum.api.model.DocumentData;
import de.debitum.api.model.VatLine;

/**
 * Joins the rows of one invoice, because many exports write one row per VAT rate with the invoice
 * number, customer and dates repeated. The rows must agree on customer, dates, currency, Skonto
 * and order reference, and each names another rate. The joined invoice has one VAT line per
 * category and rate, and the sum of the rows as amount due.
 */
final class InvoiceRows {

    private InvoiceRows() {
    }

    /**
     * Returns {@code first} with the VAT line of {@code next} added, or the problem of
     * {@code next}'s row when the two rows disagree or repeat a VAT rate.
     *
     * @param firstRow row number of the invoice's first row, named in the problem
     */
    static Joined join(DocumentData first, long firstRow, DocumentData next, long nextRow, CsvSettings settings) {
        String mismatch = mismatch(first, next, settings);
        if (mismatch != null) {
            String header = settings.mapping().header(mismatch);
            String expected = value(first, mismatch, settings);
            return new Joined(null, new RowProblem(nextRow, header, value(next, mismatch, settings),
                    "denselben Wert wie Zeile " + firstRow + " derselben Rechnung " + first.number() + " ("
                            + expected + ")",
                    "the same value as row " + firstRow + " of the same invoice " + first.number() + " ("
                            + expected + ")"));
        }
        List<VatLine> lines = new ArrayList<>(first.vatLines());
        for (VatLine line : next.vatLines()) {
            // A second row with the same rate is more likely a row exported twice than a split.
            if (indexOf(lines, line) >= 0) {
                String rate = line.rate().stripTrailingZeros().toPlainString();
                return new Joined(null, new RowProblem(nextRow, settings.mapping().header("vatRate"), rate,
                        "einen anderen USt-Satz als die Zeile " + firstRow + " derselben Rechnung " + first.number()
                                + " (eine Zeile je Steuersatz; steht die Zeile doppelt in der Datei?)",
                        "a VAT rate other than that of row " + firstRow + " of the same invoice " + first.number()
                                + " (one row per rate; is the row in the file twice?)"));
            }
            lines.add(line);
        }
        return new Joined(new DocumentData(first.externalId(), first.debtorExternalId(), first.kind(), first.number(),
                first.issueDate(), first.dueDate(), first.serviceFrom(), first.serviceTo(), first.currency(), lines,
                first.amountDue().plus(next.amountDue()), first.terms(), first.orderReference(), first.buyerReference(),
                first.precedingNumber(), first.original(), first.safeSource()), null);
    }

    /** The joined invoice, or the problem of the row that could not join. */
    record Joined(DocumentData document, RowProblem problem) {
    }

    private static int indexOf(List<VatLine> lines, VatLine line) {
        for (int i = 0; i < lines.size(); i++) {
            VatLine candidate = lines.get(i);
            if (candidate.category().equals(line.category()) && candidate.rate().compareTo(line.rate()) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the field in which the rows differ, or null. */
    private static String mismatch(DocumentData first, DocumentData next, CsvSettings settings) {
        for (String field : List.of("customerNumber", "issueDate", "dueDate", "currency", "cashDiscountPercent",
                "orderReference")) {
            if (!Objects.equals(value(first, field, settings), value(next, field, settings))) {
                return field;
            }
        }
        return null;
    }

    /** Returns the value as the file writes it, empty when there is none. */
    private static String value(DocumentData document, String field, CsvSettings settings) {
        return switch (field) {
            case "customerNumber" -> document.debtorExternalId();
            case "issueDate" -> date(document.issueDate(), settings);
            case "dueDate" -> date(document.dueDate(), settings);
            case "currency" -> document.currency().getCurrencyCode();
            case "cashDiscountPercent" -> document.terms().cashDiscounts().isEmpty() ? ""
                    : document.terms().cashDiscounts().get(0).percent().stripTrailingZeros().toPlainString() + " % / "
                    + document.terms().cashDiscounts().get(0).days();
            case "orderReference" -> document.orderReference() == null ? "" : document.orderReference();
            default -> throw new IllegalArgumentException("No comparable field " + field);
        };
    }

    private static String date(LocalDate date, CsvSettings settings) {
        return date == null ? "" : settings.dateFormat().format(date);
    }
}
