package de.debitum.dunning.internal.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * Computes default interest (Verzugszinsen) under § 288 BGB: the base rate of § 247 BGB plus 5
 * percentage points for consumers or 9 points where no consumer is involved, per calendar day,
 * piecewise across base-rate changes.
 *
 * <p>Day count: actual/actual. Each day bears 1/365 of the annual rate, or 1/366 in a leap year,
 * and the period is split at 1 January so that every day uses its own year's length. No statute
 * fixes a day count for § 288 BGB. This exact-day method is the one German practice calls
 * taggenau, and it avoids the 360-day banking year, which would overcharge the debtor.
 *
 * <p>Interest runs from the first day of default (inclusive) to the end date (exclusive): pass the
 * day the payment arrived, or the calculation date for interest accrued so far. Interest bears no
 * interest (§ 289 BGB), so only the principal counts. § 193 BGB does not apply to running interest.
 *
 * <p>NOTE: for contracts made before 29 July 2014 the business margin was 8 points
 * (Art. 229 § 34 EGBGB), but this calculator always applies the current 9 points.
 */
public final class DefaultInterestCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BaseRateTable baseRates;

    public DefaultInterestCalculator(BaseRateTable baseRates) {
        this.baseRates = Objects.requireNonNull(baseRates, "baseRates");
    }

    /**
     * Computes interest on {@code principal} from {@code firstDayInDefault} (inclusive) to {@code
     * until} (exclusive). An empty range or a principal that is not positive gives zero.
     *
     * @throws BaseRateUnknownException if a day in the range is outside the base-rate table
     */
    public InterestCalculation calculate(Money principal, DebtorKind debtorKind, LocalDate firstDayInDefault,
            LocalDate until) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(debtorKind, "debtorKind");
        Objects.requireNonNull(firstDayInDefault, "firstDayInDefault");
        Objects.requireNonNull(until, "until");

        List<InterestPeriod> periods = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        if (principal.signum() > 0) {
            LocalDate day = firstDayInDefault;
            while (day.isBefore(until)) {
                LocalDate periodEnd = earliest(until, baseRates.nextChangeAfter(day), day.plusYears(1).withDayOfYear(1));
                InterestPeriod period = period(principal, debtorKind, day, periodEnd);
                periods.add(period);
                sum = sum.add(period.amount());
                day = periodEnd;
            }
        }
        return new InterestCalculation(principal, debtorKind, periods, Money.of(sum, principal.currency()));
    }

    private InterestPeriod period(Money principal, DebtorKind debtorKind, LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(from, until);
        BigDecimal base = baseRates.percentOn(from);
        BigDecimal rate = base.add(debtorKind.marginPoints());
        int daysInYear = from.lengthOfYear();
        BigDecimal amount = principal.amount()
                .multiply(rate, PRECISION)
                .multiply(BigDecimal.valueOf(days), PRECISION)
                .divide(HUNDRED.multiply(BigDecimal.valueOf(daysInYear)), PRECISION);
        return new InterestPeriod(from, until, days, base, rate, daysInYear, amount);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate min = a.isBefore(b) ? a : b;
        return min.isBefore(c) ? min : c;
    }
}
