package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static Periods.Range range(String from, String to) {
        return new Periods.Range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void mergeJoinsOverlappingAndAdjacent() {
        List<Periods.Range> merged = Periods.merge(List.of(
                range("2026-03-01", "2026-03-31"), range("2026-01-01", "2026-01-31"),
                range("2026-02-01", "2026-02-10"), range("2026-01-15", "2026-01-20")));

        assertThat(merged).containsExactly(range("2026-01-01", "2026-02-10"), range("2026-03-01", "2026-03-31"));
    }

    @Test
    void subtractLeavesUncoveredParts() {
        List<Periods.Range> left = Periods.subtract(List.of(range("2026-01-01", "2026-03-31")),
                List.of(range("2025-12-01", "2026-01-10"), range("2026-02-01", "2026-02-28")));

        assertThat(left).containsExactly(range("2026-01-11", "2026-01-31"), range("2026-03-01", "2026-03-31"));
    }

    @Test
    void subtractFullCoverLeavesNothing() {
        assertThat(Periods.subtract(List.of(range("2026-01-05", "2026-01-06")), List.of(range("2026-01-01", "2026-01-31"))))
                .isEmpty();
    }

    @Test
    void retentionEndsAfterEightFullYears() {
        assertThat(RetentionRule.deletableFrom(LocalDate.of(2025, 1, 2))).isEqualTo(LocalDate.of(2034, 1, 1));
        assertThat(RetentionRule.deletableFrom(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2034, 1, 1));
    }
}
