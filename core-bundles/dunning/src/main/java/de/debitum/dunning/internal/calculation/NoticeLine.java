package de.debitum.dunning.internal.calculation;

import java.util.Objects;
import java.util.Optional;

/**
 * One item listed on a dunning notice.
 *
 * @param item                  the overdue item
 * @param decision              the level, deadline and charges for the item
 * @param interest              default interest accrued up to the notice date, if the debtor is in
 *                              default and the base rate of every day is known
 * @param interestNotCalculated the reason, German first, when the debtor is in default but interest
 *                              could not be computed because the base-rate table is out of date
 */
public record NoticeLine(
        DunningItem item,
        LevelDecision.NextLevel decision,
        Optional<InterestCalculation> interest,
        Optional<String> interestNotCalculated) {

    public NoticeLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(interestNotCalculated, "interestNotCalculated");
    }
}
