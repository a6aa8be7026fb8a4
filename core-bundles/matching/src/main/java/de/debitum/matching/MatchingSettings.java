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

    /** 0.90 and 5.00 EUR: SEPA transfers carry no deductions, so only foreign transfers use the tolerance. */
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
