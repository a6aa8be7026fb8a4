package de.debitum.matching;

/** What the engine did with one payment. */
public enum Outcome {
    /** Allocated without a person, above the confidence bar. */
    AUTOMATIC,
    /** Below the bar: ranked proposals wait for a person. */
    SUGGESTION,
    /** A return or reversal: the allocations of the payment it reverses were undone. */
    REOPENED,
    /** No candidate found. */
    UNMATCHED,
    /** Skipped: flagged by ingestion as a duplicate, or allocated already. */
    IGNORED
}
