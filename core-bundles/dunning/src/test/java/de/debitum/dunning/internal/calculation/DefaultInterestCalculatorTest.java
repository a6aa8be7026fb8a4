package de.debitum.dunning.internal.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

/**
 * Worked examples, computed by hand as principal x rate x days / (100 x days in year), summed over
 * the periods and rounded once.
 */
class DefaultInterestCalculatorTest {

    private final DefaultInterestCalculator calculator = new DefaultInterestCalculator(BaseRateTable.bundled());

    @Test
    void businessInterestAcrossBaseRateChange() {
        // 1,000.00 EUR from 20 June to 10 July 2024 (exclusive), 2024 has 366 days:
        //   20-30 June: 11 days at 3.62 + 9 = 12.62 % -> 1000 x 12.62 x 11 / 36600 = 3.792896
        //   1-9 July:    9 days at 3.37 + 9 = 12.37 % -> 1000 x 12.37 x  9 / 36600 = 3.041803
        //   total 2501.5 / 366 = 6.834699 -> 6.83 EUR
        InterestCalculation result = calculator.calculate(Money.euro("1000.00"), DebtorKind.BUSINESS,
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 10));

        assertThat(result.total()).isEqualTo(Money.euro("6.83"));
        assertThat(result.periods()).hasSize(2);
        assertThat(result.periods().get(0).days()).isEqualTo(11);
        assertThat(result.periods().get(0).ratePercent()).isEqualByComparingTo("12.62");
        assertThat(result.periods().get(1).days()).isEqualTo(9);
        assertThat(result.periods().get(1).ratePercent()).isEqualByComparingTo("12.37");
        assertThat(result.periods().get(1).daysInYear()).isEqualTo(366);
    }

    @Test
    void consumerInterestAcrossBaseRateChange() {
        // Same period for a consumer: 8.62 % and 8.37 %: (86.2 x 11 + 83.7 x 9) / 366 = 1701.5 / 366
        // = 4.648907 -> 4.65 EUR.
        InterestCalculation result = calculator.calculate(Money.euro("1000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 10));

        assertThat(result.total()).isEqualTo(Money.euro("4.65"));
    }

    @Test
    void yearEndSplitsIntoEachYearsLength() {
        // Consumer, 1,000.00 EUR, 20 December 2023 to 10 January 2024 (exclusive):
        //   20-31 Dec 2023: 12 days at 3.12 + 5 = 8.12 %, 365-day year: 81.2 x 12 / 365 = 2.669589
        //   1-9 Jan 2024:    9 days at 3.62 + 5 = 8.62 %, 366-day year: 86.2 x  9 / 366 = 2.119672
        //   total 4.789261 -> 4.79 EUR
        InterestCalculation result = calculator.calculate(Money.euro("1000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 10));

        assertThat(result.total()).isEqualTo(Money.euro("4.79"));
        assertThat(result.periods()).extracting(InterestPeriod::daysInYear).containsExactly(365, 366);
    }

    @Test
    void leapYearFebruaryHasTwentyNineDaysOf366() {
        // 10,000.00 EUR consumer, February 2024 (29 days) at 8.62 %: 862 x 29 / 366 = 68.300546 -> 68.30
        InterestCalculation leap = calculator.calculate(Money.euro("10000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
        // February 2023 (28 days) at 1.62 + 5 = 6.62 %: 662 x 28 / 365 = 50.783562 -> 50.78
        InterestCalculation common = calculator.calculate(Money.euro("10000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1));

        assertThat(leap.total()).isEqualTo(Money.euro("68.30"));
        assertThat(leap.periods().get(0).days()).isEqualTo(29);
        assertThat(common.total()).isEqualTo(Money.euro("50.78"));
    }

    @Test
    void unchangedRateAcrossHalfYearIsOnePeriod() {
        // 0.12 % both from 1 January and from 1 July 2010: June and July form one period.
        // 1,000.00 EUR consumer, 61 days at 5.12 %: 51.2 x 61 / 365 = 8.556712 -> 8.56
        InterestCalculation result = calculator.calculate(Money.euro("1000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2010, 6, 1), LocalDate.of(2010, 8, 1));

        assertThat(result.periods()).hasSize(1);
        assertThat(result.periods().get(0).days()).isEqualTo(61);
        assertThat(result.total()).isEqualTo(Money.euro("8.56"));
    }

    @Test
    void emptyRangeOrNothingOpenBearsNoInterest() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(calculator.calculate(Money.euro("100.00"), DebtorKind.BUSINESS, day, day).total().isZero()).isTrue();
        assertThat(calculator.calculate(Money.euro("-5.00"), DebtorKind.BUSINESS, day, day.plusDays(30)).periods())
                .isEmpty();
    }

    @Test
    void interestBeyondTheTableIsRefused() {
        assertThatThrownBy(() -> calculator.calculate(Money.euro("100.00"), DebtorKind.BUSINESS,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1)))
                .isInstanceOf(BaseRateUnknownException.class)
                .hasMessageContaining("2026-07-01");
    }
}
