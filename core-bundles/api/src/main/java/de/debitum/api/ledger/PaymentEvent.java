package de.debitum.api.ledger;

import java.util.Set;

import de.debitum.api.model.Payment;
import de.debitum.api.money.Money;

/**
 * A payment with fees or allocations, for its payment-level events (bank fee, return fee,
 * overpayment).
 *
 * @param allocated sum of the payment's allocations of kind PAYMENT
 * @param feesAllocated sum of the payment's allocations of kind FEE: charges the payer or the
 *     bank deducted, which are booked against the debtor instead of the bank
 * @param debtorId debtor of the document of the payment's latest allocation, or null when it has none
 * @param booked the payment-level events already booked
 */
public record PaymentEvent(Payment payment, Money allocated, Money feesAllocated, Long debtorId, Set<SourceType> booked) {

    public PaymentEvent {
        booked = Set.copyOf(booked);
    }
}
