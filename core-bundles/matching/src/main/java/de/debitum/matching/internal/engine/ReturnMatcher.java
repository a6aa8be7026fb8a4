package de.debitum.matching.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.matching.Evidence;

/**
 * Finds the payment that a return (Rücklastschrift) or reversal undoes: the latest earlier
 * payment with the same end-to-end id, else the same mandate reference, else the same payer
 * IBAN and amount. Only a payment that has allocations counts, since only those need undoing.
 */
final class ReturnMatcher {

    /**
     * The original of a return.
     *
     * @param sameAmount true when the return gives back the whole original amount
     */
    record Original(Payment payment, List<Allocation> allocations, boolean sameAmount, Evidence evidence) {
    }

    private final Map<Long, List<Allocation>> allocatedByPayment;
    private final List<Payment> seen = new ArrayList<>();
    private final Set<Long> reversed = new HashSet<>();

    ReturnMatcher(Map<Long, List<Allocation>> allocatedByPayment) {
        this.allocatedByPayment = allocatedByPayment;
    }

    void remember(Payment payment) {
        if (payment.data().amount().signum() > 0 && !payment.isDuplicate()) {
            seen.add(payment);
        }
    }

    void markReversed(long paymentId) {
        reversed.add(paymentId);
    }

    Original find(Payment reversal) {
        PaymentData data = reversal.data();
        Payment byEndToEnd = null;
        Payment byMandate = null;
        Payment byIbanAndAmount = null;
        for (Payment candidate : seen) {
            if (reversed.contains(candidate.id()) || !allocatedByPayment.containsKey(candidate.id())
                    || candidate.data().bookingDate().isAfter(data.bookingDate())) {
                continue;
            }
            PaymentData original = candidate.data();
            if (present(data.endToEndId()) && data.endToEndId().equals(original.endToEndId())) {
                byEndToEnd = candidate;
            } else if (present(data.mandateReference()) && data.mandateReference().equals(original.mandateReference())
                    && original.amount().equals(data.amount().negate())) {
                byMandate = candidate;
            } else if (data.counterpartyIban() != null && data.counterpartyIban().equals(original.counterpartyIban())
                    && original.amount().equals(data.amount().negate())) {
                byIbanAndAmount = candidate;
            }
        }
        if (byEndToEnd != null) {
            return original(reversal, byEndToEnd, new Evidence("end-to-end-id", data.endToEndId(),
                    "Gleiche End-to-End-ID " + data.endToEndId() + " wie die Ursprungszahlung.",
                    "Same end-to-end id " + data.endToEndId() + " as the original payment."));
        }
        if (byMandate != null) {
            return original(reversal, byMandate, new Evidence("mandate", data.mandateReference(),
                    "Gleiche Mandatsreferenz " + data.mandateReference() + " und gleicher Betrag wie die Ursprungszahlung.",
                    "Same mandate reference " + data.mandateReference() + " and amount as the original payment."));
        }
        if (byIbanAndAmount != null) {
            return original(reversal, byIbanAndAmount, new Evidence("iban-amount", Texts.masked(data.counterpartyIban()),
                    "Gleiche IBAN " + Texts.masked(data.counterpartyIban()) + " und gleicher Betrag wie die Ursprungszahlung.",
                    "Same IBAN " + Texts.masked(data.counterpartyIban()) + " and amount as the original payment."));
        }
        return null;
    }

    private Original original(Payment reversal, Payment original, Evidence evidence) {
        boolean sameAmount = original.data().amount().equals(reversal.data().amount().negate());
        return new Original(original, allocatedByPayment.get(original.id()), sameAmount, evidence);
    }

    private static boolean present(String id) {
        return id != null && !id.isBlank() && !Objects.equals("NOTPROVIDED", id.trim());
    }
}
