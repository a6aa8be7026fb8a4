package de.debitum.api.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stop on dunning for one debtor, with the reason a person gave and the last day it applies
 * ({@code until} null: until lifted).
 */
public record DunningBlock(String reason, LocalDate until) {

    public DunningBlock {
        Objects.requireNonNull(reason, "reason");
    }

    /** Returns whether the block is in force on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return until == null || !day.isAfter(until);
    }
}
