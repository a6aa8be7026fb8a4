package de.debitum.dunning.internal.calculation;

import java.util.Objects;
import java.util.Optional;

/**
 * One item listed on a dunning notice.
 *
 * @param item     the overdue item
 * @param decision the level, deadline and charges for the item
 * @param interest default interest accrued up to the notice date, if the debtor is in default
 */
public record NoticeLine(DunningItem item, LevelDecision.NextLevel decision, Optional<InterestCalculation> interest) {

    public NoticeLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(interest, "interest");
    }
}
