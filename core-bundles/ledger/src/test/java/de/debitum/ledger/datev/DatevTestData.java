package de.debitum.ledger.datev;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import de.debitum.api.money.Money;
import de.debitum.ledger.internal.datev.ExtfWriter;

/** Settings, bookings and a writer with a fixed clock for the DATEV tests. */
final class DatevTestData {

    /** 2025-02-03 10:30:00 in Berlin. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-03T09:30:00Z"), ZoneId.of("Europe/Berlin"));

    static final LocalDate JANUARY_15 = LocalDate.of(2025, 1, 15);

    private DatevTestData() {
    }

    static DatevExtfWriter writer() {
        return new ExtfWriter(CLOCK);
    }

    /** January 2025, fiscal year = calendar year, SKR03, account length 4, not locked. */
    static DatevExportSettings january() {
        return settings(false, UnencodableCharacters.REPLACE, Set.of());
    }

    static DatevExportSettings settings(boolean locked, UnencodableCharacters policy, Set<Integer> automaticAccounts) {
        return new DatevExportSettings(29098, 55003, LocalDate.of(2025, 1, 1), 4,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "Debitum Januar 2025", locked,
                Money.EUR, ChartOfAccounts.SKR03, automaticAccounts, policy);
    }

    /** An invoice of 119.00 EUR: debtor 10000 debited, revenue 8400 credited. */
    static DatevBooking.Builder rechnung(String reference) {
        return DatevBooking.builder(reference, Money.euro("119.00"), 10000, 8400, JANUARY_15)
                .belegfeld1("RE2025-0001")
                .buchungstext("Rechnung RE2025-0001");
    }
}
