package de.debitum.dunning.policy;

import java.util.List;
import java.util.Objects;

/**
 * A tenant's dunning policy. Construction checks only that parts are present, and {@link
 * PolicyValidator} checks the values and returns every problem at once.
 *
 * @param levels                        the levels in the order they are sent
 * @param thresholds                    limits below which nothing is sent
 * @param businessFlatFeeEnabled        whether the 40 EUR flat fee of § 288 (5) BGB is claimed from
 *                                      business debtors
 * @param escalationDaysAfterFinalLevel calendar days after the final level's notice before the
 *                                      claim is handed to collections
 */
public record DunningPolicy(
        List<DunningLevel> levels,
        DunningThresholds thresholds,
        boolean businessFlatFeeEnabled,
        int escalationDaysAfterFinalLevel) {

    public DunningPolicy {
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
