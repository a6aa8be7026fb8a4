package de.debitum.output.letter;

import java.time.LocalDate;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * One overdue invoice as the letter lists it.
 *
 * @param invoiceNumber the invoice number printed on the invoice
 * @param invoiceDate   the invoice date
 * @param dueDate       the date the payment was due
 * @param amount        the open amount of the invoice
 * @param fees          the dunning fees charged on it (zero for none)
 * @param interest      the default interest charged on it (zero for none)
 */
public record OverdueItem(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                          Money amount, Money fees, Money interest) {

    public OverdueItem {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(interest, "interest");
        if (!amount.currency().equals(fees.currency()) || !amount.currency().equals(interest.currency())) {
            throw new InvalidLetterException(
                    "Rechnung " + invoiceNumber + ": Betrag, Gebühren und Zinsen haben verschiedene Währungen.",
                    "Invoice " + invoiceNumber + ": amount, fees and interest are in different currencies.");
        }
    }

    /** Returns the amount plus fees plus interest. */
    public Money total() {
        return amount.plus(fees).plus(interest);
    }
}
