package de.debitum.api.ledger;

/** How the ledger assigns a personal account (Debitorenkonto) to a debtor on its first booking. */
public enum DebtorAccountRule {

    /** The next free number of the tenant's debtor range, in the order debtors are first booked. */
    SEQUENTIAL,

    /**
     * The debtor's customer number when it is a number inside the debtor range and still free;
     * otherwise the next free number, as with {@link #SEQUENTIAL}.
     */
    CUSTOMER_NUMBER,

    /** One collective account (Sammeldebitor) for all debtors: the first number of the range. */
    COLLECTIVE
}
