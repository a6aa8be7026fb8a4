package de.debitum.dunning.internal.calculation;

import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * Default interest on one principal, with the periods it was computed from so that a notice can
 * show the calculation.
 *
 * @param principal the amount that bears interest
 * @param debtorKind consumer or business, which sets the margin
 * @param periods   stretches of equal rate and year length, in date order
 * @param total     the sum of the periods, rounded once to the currency's minor unit
 */
public record InterestCalculation(Money principal, DebtorKind debtorKind, List<InterestPeriod> periods, Money total) {

    public InterestCalculation {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(debtorKind, "debtorKind");
        periods = List.copyOf(periods);
        Objects.requireNonNull(total, "total");
    }
}
