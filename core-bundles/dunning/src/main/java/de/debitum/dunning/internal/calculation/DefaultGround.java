package de.debitum.dunning.internal.calculation;

/** The rule of § 286 BGB by which a debtor is in default. */
public enum DefaultGround {
    /** A calendar due date agreed in the contract passed (§ 286 (2) no. 1 BGB). */
    CALENDAR_DUE_DATE,
    /** A reminder after the due date was not followed (§ 286 (1) BGB). */
    REMINDER,
    /** 30 days after due date and receipt of the invoice passed (§ 286 (3) BGB). */
    THIRTY_DAY_RULE
}
