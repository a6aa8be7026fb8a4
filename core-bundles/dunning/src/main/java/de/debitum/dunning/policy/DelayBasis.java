package de.debitum.dunning.policy;

/** The date from which a level's delay in days is counted. */
public enum DelayBasis {
    /** Counted from the invoice's due date. */
    AFTER_DUE_DATE,
    /** Counted from the day the previous level's notice was sent. */
    AFTER_PREVIOUS_LEVEL
}
