package de.debitum.matching.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
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
    /** The positive payments seen so far, in booking order, by end-to-end id, mandate reference and payer IBAN. */
    private final Map<String, List<Payment>> byEndToEndId = new HashMap<>();
    private final Map<String, List<Payment>> byMandate = new HashMap<>();
    private final Map<String, List<Payment>> byIban = new HashMap<>();
    private final Set<Long> reversed = new HashSet<>();

    ReturnMatcher(Map<Long, List<Allocation>> allocatedByPayment) {
        this.allocatedByPayment = allocatedByPayment;
    }

    void remember(Payment payment) {
        if (payment.data().amount().signum() <= 0 || payment.isDuplicate()) {
            return;
        }
        PaymentData data = payment.data();
        if (present(data.endToEndId())) {
            byEndToEndId.computeIfAbsent(data.endToEndId(), key -> new ArrayList<>()).add(payment);
        }
        if (present(data.mandateReference())) {
            byMandate.computeIfAbsent(data.mandateReference(), key -> new ArrayList<>()).add(payment);
        }
        if (data.counterpartyIban() != null) {
            byIban.computeIfAbsent(data.counterpartyIban(), key -> new ArrayList<>()).add(payment);
        }
    }

    void markReversed(long paymentId) {
        reversed.add(paymentId);
    }

    Original find(Payment reversal) {
        PaymentData data = reversal.data();
        Payment byEndToEnd = present(data.endToEndId()) ? latest(byEndToEndId.get(data.endToEndId()), reversal, false) : null;
        if (byEndToEnd != null) {
            return original(reversal, byEndToEnd, new Evidence("end-to-end-id", data.endToEndId(),
                    "Gleiche End-to-End-ID " + data.endToEndId() + " wie die Ursprungszahlung.",
                    "Same end-to-end id " + data.endToEndId() + " as the original payment."));
        }
        Payment sameMandate = present(data.mandateReference()) ? latest(byMandate.get(data.mandateReference()), reversal, true)
                : null;
        if (sameMandate != null) {
            return original(reversal, sameMandate, new Evidence("mandate", data.mandateReference(),
                    "Gleiche Mandatsreferenz " + data.mandateReference() + " und gleicher Betrag wie die Ursprungszahlung.",
                    "Same mandate reference " + data.mandateReference() + " and amount as the original payment."));
        }
        Payment sameIban = data.counterpartyIban() == null ? null : latest(byIban.get(data.counterpartyIban()), reversal, true);
        if (sameIban != null) {
            return original(reversal, sameIban, new Evidence("iban-amount", Texts.masked(data.counterpartyIban()),
                    "Gleiche IBAN " + Texts.masked(data.counterpartyIban()) + " und gleicher Betrag wie die Ursprungszahlung.",
                    "Same IBAN " + Texts.masked(data.counterpartyIban()) + " and amount as the original payment."));
        }
        return null;
    }

    /**
     * Returns the latest of the candidates, which are in booking order, that is allocated, not
     * reversed yet and not booked after the reversal, with the reversal's amount negated when
     * {@code sameAmount} is set.
     */
    private Payment latest(List<Payment> candidates, Payment reversal, boolean sameAmount) {
        if (candidates == null) {
            return null;
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Payment candidate = candidates.get(i);
            if (reversed.contains(candidate.id()) || !allocatedByPayment.containsKey(candidate.id())
                    || candidate.data().bookingDate().isAfter(reversal.data().bookingDate())) {
                continue;
            }
            if (!sameAmount || candidate.data().amount().equals(reversal.data().amount().negate())) {
                return candidate;
            }
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
