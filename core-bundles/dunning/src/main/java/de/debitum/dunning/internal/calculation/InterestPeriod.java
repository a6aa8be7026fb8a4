package de.debitum.dunning.internal.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stretch of days with one interest rate and one year length.
 *
 * @param from         first day, inclusive
 * @param until        last day, exclusive
 * @param days         number of interest days
 * @param basePercent  the base rate of § 247 BGB on these days
 * @param ratePercent  base rate plus the margin of § 288 BGB
 * @param daysInYear   365, or 366 in a leap year
 * @param amount       the interest of these days, unrounded (the total is rounded once)
 */
public record InterestPeriod(
        LocalDate from,
        LocalDate until,
        long days,
        BigDecimal basePercent,
        BigDecimal ratePercent,
        int daysInYear,
        BigDecimal amount) {
}
