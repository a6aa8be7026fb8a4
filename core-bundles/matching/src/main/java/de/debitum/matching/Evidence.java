package de.debitum.matching;

/**
 * One fact a rule relied on, such as "invoice number RE-2024-0123 in the Verwendungszweck".
 *
 * @param kind    the kind of fact, such as {@code reference} or {@code iban}
 * @param value   what was found, without a full IBAN
 * @param german  the fact as a German sentence for users
 * @param english the same fact in English
 */
public record Evidence(String kind, String value, String german, String english) {
}
