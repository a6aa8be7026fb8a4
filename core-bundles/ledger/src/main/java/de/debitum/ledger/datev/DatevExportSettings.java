package de.debitum.ledger.datev;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * The tenant's DATEV settings and the period of one export; they fill the EXTF header line.
 *
 * <p>The limits come from DATEV's header description (developer.datev.de, DATEV-Format, Header):
 * Beraternummer 1001–9999999, Mandantennummer 1–99999, Sachkontenlänge 4–8, and the period
 * (Datum vom, Datum bis) inside one fiscal year starting at WJ-Beginn.
 *
 * @param consultantNumber Beraternummer of the tax adviser (header field 11)
 * @param clientNumber Mandantennummer of the tenant at the tax adviser (header field 12)
 * @param fiscalYearStart first day of the fiscal year that contains the period (WJ-Beginn, field 13)
 * @param accountLength digits of a G/L account (Sachkontenlänge, field 14); personal accounts
 *     have one digit more
 * @param periodStart first day of the exported period (Datum vom, field 15)
 * @param periodEnd last day of the exported period (Datum bis, field 16)
 * @param description label of the batch (Bezeichnung, field 17); longer than 30 characters it is
 *     shortened and reported
 * @param locked Festschreibung (field 21): {@code true} locks the bookings on import
 * @param currency currency of the batch (WKZ, field 22); every booking must use it
 * @param chart Sachkontenrahmen (field 27)
 * @param automaticAccounts accounts on which DATEV computes the tax itself; empty or {@code null}
 *     means the chart's defaults, any other set replaces them
 * @param unencodableCharacters what to do with characters outside Windows-1252
 */
public record DatevExportSettings(
        int consultantNumber,
        int clientNumber,
        LocalDate fiscalYearStart,
        int accountLength,
        LocalDate periodStart,
        LocalDate periodEnd,
        String description,
        boolean locked,
        Currency currency,
        ChartOfAccounts chart,
        Set<Integer> automaticAccounts,
        UnencodableCharacters unencodableCharacters) {

    public DatevExportSettings {
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(unencodableCharacters, "unencodableCharacters");
        description = description == null ? "" : description;
        automaticAccounts = automaticAccounts == null || automaticAccounts.isEmpty()
                ? chart.defaultAutomaticAccounts()
                : Set.copyOf(automaticAccounts);

        requireRange(consultantNumber, 1001, 9_999_999, "Beraternummer", "consultant number");
        requireRange(clientNumber, 1, 99_999, "Mandantennummer", "client number");
        requireRange(accountLength, 4, 8, "Sachkontenlänge", "account length");
        requirePeriodInFiscalYear(fiscalYearStart, periodStart, periodEnd);
        if (currency.getDefaultFractionDigits() != 2) {
            throw new DatevExportException(
                    "Währung " + currency + " wird nicht unterstützt: DATEV-Beträge haben zwei"
                            + " Nachkommastellen. Bitte eine Währung mit Cent-Beträgen wählen.",
                    "Currency " + currency + " is not supported: DATEV amounts have two decimals."
                            + " Choose a currency with two minor digits.");
        }
    }

    /** Returns {@code true} when the account is a debtor (Debitor) account under these settings. */
    public boolean isDebtorAccount(int account) {
        // Personal accounts have one digit more than G/L accounts; debtors start with 1-6,
        // creditors with 7-9 (DATEV standard: 10000-69999 and 70000-99999 at length 4).
        int lowest = pow10(accountLength);
        return account >= lowest && account < 7 * lowest;
    }

    /** Returns {@code true} when DATEV computes the tax on this account itself. */
    public boolean isAutomaticAccount(int account) {
        return automaticAccounts.contains(account);
    }

    /** Returns the largest account number allowed: personal accounts, all nines. */
    public int maxAccount() {
        return pow10(accountLength + 1) - 1;
    }

    private static int pow10(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }

    private static void requireRange(int value, int min, int max, String germanName, String englishName) {
        if (value < min || value > max) {
            throw new DatevExportException(
                    germanName + " " + value + " ist ungültig: erlaubt sind " + min + " bis " + max
                            + ". Bitte in den DATEV-Einstellungen korrigieren.",
                    "The " + englishName + " " + value + " is invalid: use " + min + " to " + max
                            + ". Correct it in the DATEV settings.");
        }
    }

    private static void requirePeriodInFiscalYear(LocalDate fiscalYearStart, LocalDate start, LocalDate end) {
        LocalDate fiscalYearEnd = fiscalYearStart.plusYears(1).minusDays(1);
        if (start.isAfter(end) || start.isBefore(fiscalYearStart) || end.isAfter(fiscalYearEnd)) {
            throw new DatevExportException(
                    "Zeitraum " + start + " bis " + end + " ist ungültig: er muss in einem"
                            + " Wirtschaftsjahr liegen (" + fiscalYearStart + " bis " + fiscalYearEnd
                            + ") und darf nicht vor seinem Beginn enden.",
                    "Period " + start + " to " + end + " is invalid: it must lie in one fiscal year ("
                            + fiscalYearStart + " to " + fiscalYearEnd + ") and must not end before it starts.");
        }
    }
}
