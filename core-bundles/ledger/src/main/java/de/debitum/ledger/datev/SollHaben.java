package de.debitum.ledger.datev;

/** Soll/Haben-Kennzeichen of a booking (Buchungsstapel column 2); it refers to the Konto column. */
public enum SollHaben {

    /** Debit on Konto, credit on Gegenkonto. */
    SOLL("S"),

    /** Credit on Konto, debit on Gegenkonto. */
    HABEN("H");

    private final String code;

    SollHaben(String code) {
        this.code = code;
    }

    /** Returns the letter written to the file: {@code S} or {@code H}. */
    public String code() {
        return code;
    }

    /** Returns the other side. */
    public SollHaben opposite() {
        return this == SOLL ? HABEN : SOLL;
    }
}
