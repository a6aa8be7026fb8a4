package de.debitum.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency.
 *
 * <p>Amounts are held at the currency's minor unit (two decimals for EUR) and rounded
 * half-up ("kaufmännisches Runden"), the rule German commercial practice and DATEV use. Every
 * operation that can produce more decimals (percentages, interest) rounds once, at the end, with
 * that rule. Amounts may be negative: an amount due after prepayments or a credit can be.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The rounding applied whenever a result has more decimals than the currency allows. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(scaleOf(currency), ROUNDING);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money euro(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    public static Money euro(BigDecimal amount) {
        return new Money(amount, EUR);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return signum() < 0 ? negate() : this;
    }

    /** Multiplies by a factor (a quantity or a rate) and rounds the product once. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Returns {@code percent} percent of this amount, rounded once: 2 % of 100.00 is 2.00. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(BigDecimal.valueOf(100)), currency);
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Formats as {@code 1234.50 EUR}; for display to people use a locale-aware formatter. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine amounts in different currencies: "
                    + this + " and " + other + ". Convert one of them first.");
        }
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
