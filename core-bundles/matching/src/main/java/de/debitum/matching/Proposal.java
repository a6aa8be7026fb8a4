package de.debitum.matching;

import java.util.List;
import java.util.Objects;

import de.debitum.api.model.Allocation;
import de.debitum.api.money.Money;

/**
 * One way to settle a payment: the allocations it makes and why.
 *
 * @param allocations  allocations not yet stored (id 0), their origin names the rule and its
 *                     confidence
 * @param debtorCredit the part of the payment left unallocated as credit of {@code debtorId}
 *                     (an overpayment), zero otherwise
 * @param debtorId     the debtor the proposal settles, or null for a return that reopens items
 */
public record Proposal(List<Allocation> allocations, Money debtorCredit, Long debtorId, Explanation explanation) {

    public Proposal {
        allocations = List.copyOf(allocations);
        Objects.requireNonNull(debtorCredit, "debtorCredit");
        Objects.requireNonNull(explanation, "explanation");
    }
}
