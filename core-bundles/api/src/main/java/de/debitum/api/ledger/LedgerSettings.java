package de.debitum.api.ledger;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import de.debitum.api.model.TenantId;

/**
 * A tenant's ledger and DATEV settings.
 *
 * @param chart chart of accounts the tenant books in
 * @param consultantNumber DATEV Beraternummer of the tax adviser (1001–9999999), or null until known;
 *     an export needs it
 * @param clientNumber DATEV Mandantennummer (1–99999), or null until known; an export needs it
 * @param fiscalYearStartMonth month (1–12) in which the fiscal year starts, 1 for the calendar year
 * @param accountLength digits of a G/L account (Sachkontenlänge, 4–8); debtor accounts have one more
 * @param debtorAccountFrom first debtor account number of the range
 * @param debtorAccountTo last debtor account number of the range
 * @param debtorAccountRule how debtors get their account
 * @param accounts accounts that replace the chart's defaults; roles not named use
 *     {@link AccountRole#defaultAccount}, extended to the account length
 * @param bankAccounts G/L account per bank IBAN of the tenant; other IBANs use {@link AccountRole#BANK}
 * @param returnFeeToDebtor true when the fee of a returned direct debit is charged to the debtor,
 *     false when the tenant bears it as a bank charge
 * @param lockOnImport true when DATEV shall lock the exported bookings on import (Festschreibung)
 */
public record LedgerSettings(
        TenantId tenant,
        Chart chart,
        Integer consultantNumber,
        Integer clientNumber,
        int fiscalYearStartMonth,
        int accountLength,
        int debtorAccountFrom,
        int debtorAccountTo,
        DebtorAccountRule debtorAccountRule,
        Map<AccountRole, Integer> accounts,
        Map<String, Integer> bankAccounts,
        boolean returnFeeToDebtor,
        boolean lockOnImport) {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

    public LedgerSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(debtorAccountRule, "debtorAccountRule");
        accounts = accounts == null || accounts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(accounts));
        bankAccounts = bankAccounts == null ? Map.of() : Map.copyOf(bankAccounts);
        validate(consultantNumber, clientNumber, fiscalYearStartMonth, accountLength, debtorAccountFrom,
                debtorAccountTo, accounts, bankAccounts);
    }

    /**
     * Returns the settings a tenant starts with: the chart's default accounts, account length 4,
     * debtor accounts 10000–69999 assigned in sequence, calendar fiscal year, no DATEV numbers.
     */
    public static LedgerSettings defaults(TenantId tenant, Chart chart) {
        return new LedgerSettings(tenant, chart, null, null, 1, 4, 10_000, 69_999, DebtorAccountRule.SEQUENTIAL,
                Map.of(), Map.of(), true, false);
    }

    /** Returns the account of a role: the tenant's own, or the chart's default extended to the account length. */
    public int account(AccountRole role) {
        Integer own = accounts.get(role);
        return own != null ? own : extend(role.defaultAccount(chart));
    }

    /**
     * Extends a four-digit standard account to the account length, as DATEV's account number
     * extension does: 8400 becomes 84000 at length 5 and 84000000 at length 8.
     */
    public int extend(int standardAccount) {
        return standardAccount * pow10(accountLength - 4);
    }

    /** Returns the G/L account of a bank IBAN: its own account, or the default bank account. */
    public int bankAccount(String iban) {
        Integer own = iban == null ? null : bankAccounts.get(iban);
        return own != null ? own : account(AccountRole.BANK);
    }

    /** Returns true when DATEV's consultant and client numbers are set, which an export needs. */
    public boolean hasDatevNumbers() {
        return consultantNumber != null && clientNumber != null;
    }

    private static void validate(Integer consultantNumber, Integer clientNumber, int fiscalYearStartMonth,
                                 int accountLength, int debtorFrom, int debtorTo, Map<AccountRole, Integer> accounts,
                                 Map<String, Integer> bankAccounts) {
        if (consultantNumber != null) {
            requireRange("Beraternummer", "consultant number", consultantNumber, 1001, 9_999_999);
        }
        if (clientNumber != null) {
            requireRange("Mandantennummer", "client number", clientNumber, 1, 99_999);
        }
        requireRange("Beginn des Wirtschaftsjahres (Monat)", "fiscal year start month", fiscalYearStartMonth, 1, 12);
        requireRange("Sachkontenlänge", "account length", accountLength, 4, 8);

        int glLimit = pow10(accountLength);
        requireRange("Debitorenbereich von", "debtor range start", debtorFrom, glLimit, 7 * glLimit - 1);
        requireRange("Debitorenbereich bis", "debtor range end", debtorTo, debtorFrom, 7 * glLimit - 1);
        accounts.forEach((role, account) -> requireRange("Konto " + role, "account " + role, account, 1, glLimit - 1));
        bankAccounts.forEach((iban, account) -> {
            if (!IBAN.matcher(iban).matches()) {
                throw new IllegalArgumentException("IBAN '" + iban + "' ist ungültig: bitte ohne Leerzeichen und in"
                        + " Großbuchstaben angeben. / Invalid IBAN '" + iban + "': write it without spaces, in upper case.");
            }
            requireRange("Bankkonto für " + iban, "bank account of " + iban, account, 1, glLimit - 1);
        });
    }

    private static void requireRange(String german, String english, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(german + " " + value + " ist ungültig: erlaubt sind " + min + " bis "
                    + max + ". / Invalid " + english + " " + value + ": use " + min + " to " + max + ".");
        }
    }

    private static int pow10(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
