package de.debitum.dunning.internal.calculation;

/** Why dunning of a debtor or an item is paused. */
public enum BlockKind {
    /** The debtor disputes the claim. */
    DISPUTE,
    /** An instalment plan was agreed. */
    INSTALMENTS,
    /** The debtor promised to pay by a date; the block needs that end date. */
    PROMISE_TO_PAY
}
