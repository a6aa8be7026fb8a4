package de.debitum.connector.bankstatement.internal.parse;

/**
 * A structured creditor reference. {@code iso11649} is {@code true} only for an RF reference whose
 * check digits verify (ISO 11649: mod 97 of the rearranged reference equals 1). Other schemes,
 * for example the Swiss QR reference, are kept as sent with {@code iso11649 = false}.
 */
public record CreditorReference(String reference, boolean iso11649) {
}
