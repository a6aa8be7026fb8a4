package de.debitum.dunning.internal.calculation;

import java.util.List;

/**
 * The outcome of one run: the notices to create, the claims to escalate and the skipped items with
 * their reasons. A preview shows it and a run applies it.
 */
public record DunningRunPlan(List<DunningNoticePlan> notices, List<ItemDecision> escalations, List<ItemDecision> skips) {

    public DunningRunPlan {
        notices = List.copyOf(notices);
        escalations = List.copyOf(escalations);
        skips = List.copyOf(skips);
    }
}
