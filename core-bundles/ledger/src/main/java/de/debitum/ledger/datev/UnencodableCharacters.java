package de.debitum.ledger.datev;

/**
 * Policy for characters that Windows-1252, the character set of EXTF files, cannot encode (for
 * example Polish "ł", Cyrillic, emoji).
 */
public enum UnencodableCharacters {

    /**
     * Replaces the character and reports it: a letter with a diacritic becomes its base letter
     * ("č" becomes "c"), a compatibility character its plain form ("ﬁ" becomes "fi"); anything else
     * becomes {@code _}.
     */
    REPLACE,

    /** Rejects the export with an error that names the booking, the field and the character. */
    REJECT
}
