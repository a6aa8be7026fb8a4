package de.debitum.connector.bankstatement.internal.parse;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;

/** Parses the amount notations of camt (point decimal) and MT940 (comma decimal, "15000,"). */
final class Amounts {

    private static final Pattern CAMT_AMOUNT = Pattern.compile("\\d{1,18}(\\.\\d{1,5})?");
    private static final Pattern SWIFT_AMOUNT = Pattern.compile("\\d{1,15},\\d{0,5}");

    private Amounts() {
    }

    /** Parses a camt {@code Amt} (non-negative, point decimal, at most 5 decimals per ISO 20022). */
    static Money camt(String text, String currencyCode, String location) throws InvalidStatementException {
        String trimmed = text == null ? "" : text.trim();
        if (!CAMT_AMOUNT.matcher(trimmed).matches()) {
            throw new InvalidStatementException(location,
                    new Message("Ungültiger Betrag.", "Invalid amount."), trimmed, "eine Zahl wie 1234.56");
        }
        return money(new BigDecimal(trimmed), currency(currencyCode, location), trimmed, location);
    }

    /** Parses a SWIFT amount ("1500,00", "15000,", "620,3"). */
    static Money swift(String text, Currency currency, String location) throws InvalidStatementException {
        if (!SWIFT_AMOUNT.matcher(text).matches()) {
            throw new InvalidStatementException(location,
                    new Message("Ungültiger Betrag.", "Invalid amount."), text, "eine Zahl mit Dezimalkomma wie 1500,00");
        }
        String normalised = text.endsWith(",") ? text.substring(0, text.length() - 1) : text.replace(',', '.');
        return money(new BigDecimal(normalised), currency, text, location);
    }

    static Currency currency(String code, String location) throws InvalidStatementException {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidStatementException(location,
                    new Message("Fehlender oder ungültiger Währungscode.", "Missing or invalid currency code."),
                    code, "ein ISO-4217-Code wie EUR");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidStatementException(location,
                    new Message("Unbekannter Währungscode.", "Unknown currency code."), code, "ein ISO-4217-Code wie EUR");
        }
    }

    /**
     * Builds the Money, rejecting digits beyond the currency's minor unit: "8.850" is 8.85 EUR, but
     * "8.855" would need rounding, which a bank amount never may.
     */
    private static Money money(BigDecimal value, Currency currency, String text, String location)
            throws InvalidStatementException {
        int allowed = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > allowed) {
            throw new InvalidStatementException(location,
                    new Message("Der Betrag hat mehr Nachkommastellen als die Währung " + currency.getCurrencyCode()
                            + " kennt.", "The amount has more decimals than " + currency.getCurrencyCode() + " allows."),
                    text, "höchstens " + allowed + " Nachkommastellen ungleich null");
        }
        return Money.of(value, currency);
    }
}
