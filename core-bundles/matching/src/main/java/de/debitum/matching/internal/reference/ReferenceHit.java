package de.debitum.matching.internal.reference;

/**
 * A document number found in a payment's texts.
 *
 * @param documentId the document referenced
 * @param found      the text fragment that matched, as typed
 * @param strength   how the fragment matched
 */
public record ReferenceHit(long documentId, String found, Strength strength) {

    /** Strength of the match between a fragment and a document number, strongest first. */
    public enum Strength {
        /** A valid RF creditor reference whose body is the document number. */
        CREDITOR_REFERENCE,
        /** The same digit groups, prefixes, separators and leading zeros aside. */
        NORMALIZED,
        /** The same digits after reading O/I/L as 0/1 or joining a number split in two. */
        CORRECTED
    }
}
