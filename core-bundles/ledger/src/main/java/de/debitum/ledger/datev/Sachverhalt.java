package de.debitum.ledger.datev;

/** Sachverhalt of an open-item booking (Buchungsstapel column 18): marks dunning interest or fees. */
public enum Sachverhalt {

    /** Mahnzins: default interest charged on the open item. */
    MAHNZINS(31),

    /** Mahngebühr: dunning fee charged on the open item. */
    MAHNGEBUEHR(40);

    private final int code;

    Sachverhalt(int code) {
        this.code = code;
    }

    /** Returns the two-digit code written to the file. */
    public int code() {
        return code;
    }
}
