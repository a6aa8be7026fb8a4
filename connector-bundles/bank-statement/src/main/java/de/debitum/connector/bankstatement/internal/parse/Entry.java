package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;
import java.util.List;

import de.debitum.api.money.Money;

/**
 * One bank line (camt {@code Ntry}, MT940 {@code :61:} with its {@code :86:}) and the payments it
 * stands for: one per transaction detail of a batch, otherwise one.
 *
 * @param amount  signed: credits positive, debits negative
 * @param booked  {@code false} for pending or information-only entries (camt status PDNG, INFO);
 *                the balance check counts booked entries only
 */
public record Entry(
        String externalId,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        Direction direction,
        boolean reversal,
        boolean booked,
        String bankTransactionCode,
        Money charges,
        String additionalInformation,
        List<Payment> payments) {

    public Entry {
        payments = List.copyOf(payments);
    }

    Entry withPayments(List<Payment> replaced) {
        return new Entry(externalId, bookingDate, valueDate, amount, direction, reversal, booked,
                bankTransactionCode, charges, additionalInformation, replaced);
    }
}
