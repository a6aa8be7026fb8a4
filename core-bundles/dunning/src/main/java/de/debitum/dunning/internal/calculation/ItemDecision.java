package de.debitum.dunning.internal.calculation;

import java.util.Objects;

/** An item with the decision the next-level calculator took for it. */
public record ItemDecision(DunningItem item, LevelDecision decision) {

    public ItemDecision {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(decision, "decision");
    }
}
