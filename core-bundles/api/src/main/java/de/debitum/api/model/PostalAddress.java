package de.debitum.api.model;

/**
 * A postal address as EN 16931 describes it (BG-8 / BG-15): lines, post code, city and the
 * ISO 3166-1 alpha-2 country code. Every field may be null when the source does not provide it.
 */
public record PostalAddress(String line1, String line2, String postalCode, String city, String countryCode) {
}
