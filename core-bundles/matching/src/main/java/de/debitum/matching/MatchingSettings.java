package de.debitum.matching;

import java.math.BigDecimal;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * A tenant's matching settings.
 *
 * @param confidenceBar  the confidence from which an allocation is made without a person, from
 *                       0.5 to 1
 * @param feeTolerance   the largest shortfall accepted as bank fees deducted by the payer's or
 *                       an intermediary bank, booked as a fee allocation
 */
public record MatchingSettings(BigDecimal confidenceBar, Money feeTolerance) {

    /**
     * A bar of 0.90 and a fee tolerance of 5.00 EUR. On the generated benchmark tenant of
     * 100,000 invoices, bar 0.85 made no wrong automatic allocation and 0.80 made 9; 0.90 keeps a
     * margin because real payers are less regular than generated ones. A SEPA transfer arrives
     * in full, so only foreign transfers use the tolerance.
     */
    // NOTE: 5.00 EUR is an estimate of what a foreign bank deducts, not a measured figure.
    public static final MatchingSettings DEFAULTS = new MatchingSettings(new BigDecimal("0.90"), Money.euro("5.00"));

    public MatchingSettings {
        Objects.requireNonNull(confidenceBar, "confidenceBar");
        Objects.requireNonNull(feeTolerance, "feeTolerance");
        if (confidenceBar.compareTo(new BigDecimal("0.5")) < 0 || confidenceBar.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Invalid confidence bar " + confidenceBar
                    + ": use a value from 0.5 to 1, such as 0.90.");
        }
        if (feeTolerance.signum() < 0) {
            throw new IllegalArgumentException("Invalid fee tolerance " + feeTolerance
                    + ": use zero or a positive amount, such as 5.00 EUR.");
        }
    }
}
