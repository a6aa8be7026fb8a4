package de.debitum.einvoice;

/** A postal address (BG-5 / BG-8); absent parts are {@code null}. */
public record PostalAddress(String line1, String line2, String postcode, String city, String countryCode) {
}
