package de.debitum.ledger.datev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class DatevExportSettingsTest {

    private static DatevExportSettings settings(int consultant, int client, int accountLength, LocalDate start,
            LocalDate end) {
        return new DatevExportSettings(consultant, client, LocalDate.of(2025, 7, 1), accountLength, start, end,
                "Test", false, Money.EUR, ChartOfAccounts.SKR04, Set.of(), UnencodableCharacters.REPLACE);
    }

    @Test
    void beraternummerOutOfRangeRejected() {
        assertThatThrownBy(() -> settings(1000, 1, 4, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)))
                .isInstanceOf(DatevExportException.class)
                .hasMessageContaining("Beraternummer 1000")
                .hasMessageContaining("1001 bis 9999999");
    }

    @Test
    void mandantennummerAndSachkontenlaengeChecked() {
        assertThatThrownBy(() -> settings(29098, 100_000, 4, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)))
                .hasMessageContaining("Mandantennummer 100000");
        assertThatThrownBy(() -> settings(29098, 1, 9, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)))
                .isInstanceOf(DatevExportException.class)
                .satisfies(e -> assertThat(((DatevExportException) e).englishMessage()).contains("account length 9"));
    }

    @Test
    void periodOutsideFiscalYearRejected() {
        assertThatThrownBy(() -> settings(29098, 1, 4, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31)))
                .hasMessageContaining("Wirtschaftsjahr");
        assertThatThrownBy(() -> settings(29098, 1, 4, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)))
                .hasMessageContaining("2026-06-30");
    }

    @Test
    void fiscalYearAcrossCalendarYearsAccepted() {
        DatevExportSettings settings = settings(29098, 1, 4, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));

        assertThat(settings.periodEnd()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(settings.automaticAccounts()).isEqualTo(ChartOfAccounts.SKR04.defaultAutomaticAccounts());
    }

    @Test
    void debtorAccountsFollowAccountLength() {
        DatevExportSettings four = settings(29098, 1, 4, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));
        DatevExportSettings six = settings(29098, 1, 6, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));

        assertThat(four.isDebtorAccount(10000)).isTrue();
        assertThat(four.isDebtorAccount(69999)).isTrue();
        assertThat(four.isDebtorAccount(70000)).as("creditor").isFalse();
        assertThat(four.isDebtorAccount(8400)).as("G/L account").isFalse();
        assertThat(six.isDebtorAccount(1000000)).isTrue();
        assertThat(six.isDebtorAccount(100000)).isFalse();
        assertThat(six.maxAccount()).isEqualTo(9_999_999);
    }

    @Test
    void currencyWithoutCentsRejected() {
        assertThatThrownBy(() -> new DatevExportSettings(29098, 1, LocalDate.of(2025, 1, 1), 4,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "", false,
                java.util.Currency.getInstance("JPY"), ChartOfAccounts.SKR03, null, UnencodableCharacters.REPLACE))
                .hasMessageContaining("JPY");
    }
}
