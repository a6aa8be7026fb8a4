package de.debitum.ledger.datev;

/** Adressatentyp of a personal account (Debitoren/Kreditoren column 7). */
public enum Adressatentyp {

    /** A natural person: the name goes to "Name (Adressatentyp natürl. Person)" and "Vorname". */
    NATUERLICHE_PERSON("1"),

    /** A company: the name goes to "Name (Adressatentyp Unternehmen)". */
    UNTERNEHMEN("2");

    private final String code;

    Adressatentyp(String code) {
        this.code = code;
    }

    /** Returns the code written to the file. */
    public String code() {
        return code;
    }
}
