package de.debitum.connector.bankstatement.internal.parse;

/** The booked direction of an entry, seen from the statement's account. */
public enum Direction {
    CREDIT,
    DEBIT;

    public Direction opposite() {
        return this == CREDIT ? DEBIT : CREDIT;
    }
}
