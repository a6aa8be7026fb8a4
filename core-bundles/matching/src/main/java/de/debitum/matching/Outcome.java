package de.debitum.matching;

/** Outcome of the engine's decision on one payment. */
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
