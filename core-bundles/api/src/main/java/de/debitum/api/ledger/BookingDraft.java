package de.debitum.api.ledger;

import java.time.LocalDate;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * A booking before it is stored: {@code amount} is debited on {@code debitAccount} and credited
 * on {@code creditAccount}, or taken back from both sides when {@code generalumkehr} is set.
 *
 * @param date booking date (Belegdatum); its month is the booking's period
 * @param amount positive amount
 * @param taxKey DATEV BU-Schlüssel, or null for none
 * @param belegfeld1 document number that clears the open item (at most 36 characters in DATEV)
 * @param text booking text (Buchungstext)
 * @param debtorAccount the debtor account the booking touches, or null
 * @param dueDate due date of the open item on a debtor account, or null
 * @param correctionOf id of the booking this one reverses, or null
 * @param generalumkehr true for a cancellation by Generalumkehr: debit and credit account are those
 *     of the booking it cancels, and DATEV books the amount as a negative on the same sides, so the
 *     accounts' turnover is not inflated
 */
public record BookingDraft(LocalDate date, int debitAccount, int creditAccount, Money amount, String taxKey,
                           String belegfeld1, String text, Integer debtorAccount, LocalDate dueDate,
                           Long correctionOf, boolean generalumkehr) {

    public BookingDraft {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Booking amount " + amount + " must be positive.");
        }
        if (debitAccount == creditAccount) {
            throw new IllegalArgumentException("Booking of " + amount + " has the same debit and credit account "
                    + debitAccount + ".");
        }
    }
}
