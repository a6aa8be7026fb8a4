package de.debitum.dunning.internal.calculation;

/** The cause of a pause in dunning a debtor or an item. */
public enum BlockKind {
    /** The debtor disputes the claim. */
    DISPUTE,
    /** An instalment plan was agreed. */
    INSTALMENTS,
    /** The debtor promised to pay by a date; the block needs that end date. */
    PROMISE_TO_PAY,
    /** A block set on the debtor's master record without a stated cause. */
    OTHER
}
