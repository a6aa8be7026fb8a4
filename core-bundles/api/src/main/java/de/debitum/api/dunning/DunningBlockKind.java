package de.debitum.api.dunning;

/** The cause of a dunning block. */
public enum DunningBlockKind {
    /** The debtor disputes the claim. */
    DISPUTE,
    /** An instalment plan was agreed. */
    INSTALMENTS,
    /** The debtor promised to pay by a date, so the block needs that end date. */
    PROMISE_TO_PAY
}
