package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a debtor is in default, and by which rule.
 *
 * @param firstDay the first day of default, which is also the first day that bears interest
 * @param ground   the rule of § 286 BGB that applies first
 */
public record DefaultStart(LocalDate firstDay, DefaultGround ground) {

    public DefaultStart {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(ground, "ground");
    }
}
