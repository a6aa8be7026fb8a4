package de.debitum.ledger;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerSettings;

/**
 * Changes to a tenant's ledger settings written as {@code key=value}, as the shell command and
 * the HTTP API take them. {@link LedgerSettings} checks the result.
 */
public final class LedgerSettingsChanges {

    /** The keys a change may use, with their allowed values. */
    public static final String KEYS = "chart (SKR03|SKR04), consultant, client, fiscal-year-start-month (1-12), account-length (4-8),"
            + " debtor-from, debtor-to, debtor-rule (SEQUENTIAL|CUSTOMER_NUMBER|COLLECTIVE), return-fee-to-debtor (true|false),"
            + " lock-on-import (true|false), account.<ROLE>, bank.<IBAN>";

    private LedgerSettingsChanges() {
    }

    /**
     * Returns {@code current} with the changes applied. A change is {@code key=value}; an empty
     * value resets consultant, client, {@code account.<ROLE>} and {@code bank.<IBAN>} to unset.
     *
     * @throws IllegalArgumentException naming the key and value, in German followed by " / " and English,
     *                                  for an unknown key, a malformed value, or settings that
     *                                  {@link LedgerSettings} rejects
     */
    public static LedgerSettings apply(LedgerSettings current, List<String> changes) {
        Chart chart = current.chart();
        Integer consultant = current.consultantNumber();
        Integer client = current.clientNumber();
        int fiscalMonth = current.fiscalYearStartMonth();
        int length = current.accountLength();
        int from = current.debtorAccountFrom();
        int to = current.debtorAccountTo();
        DebtorAccountRule rule = current.debtorAccountRule();
        boolean feeToDebtor = current.returnFeeToDebtor();
        boolean lockOnImport = current.lockOnImport();
        Map<AccountRole, Integer> accounts = new EnumMap<>(AccountRole.class);
        accounts.putAll(current.accounts());
        Map<String, Integer> banks = new HashMap<>(current.bankAccounts());

        for (String change : changes) {
            int separator = change.indexOf('=');
            if (separator <= 0) {
                throw new IllegalArgumentException("Ungültige Einstellung '" + change + "': bitte als key=value angeben."
                        + " / Invalid setting '" + change + "': write key=value. Keys: " + KEYS);
            }
            String key = change.substring(0, separator).strip();
            String value = change.substring(separator + 1).strip();
            switch (key) {
                case "chart" -> chart = choice(Chart.class, key, value);
                case "consultant" -> consultant = value.isEmpty() ? null : number(key, value);
                case "client" -> client = value.isEmpty() ? null : number(key, value);
                case "fiscal-year-start-month" -> fiscalMonth = number(key, value);
                case "account-length" -> length = number(key, value);
                case "debtor-from" -> from = number(key, value);
                case "debtor-to" -> to = number(key, value);
                case "debtor-rule" -> rule = choice(DebtorAccountRule.class, key, value);
                case "return-fee-to-debtor" -> feeToDebtor = bool(key, value);
                case "lock-on-import" -> lockOnImport = bool(key, value);
                default -> {
                    if (key.startsWith("account.")) {
                        AccountRole role = choice(AccountRole.class, key, key.substring("account.".length()));
                        if (value.isEmpty()) {
                            accounts.remove(role);
                        } else {
                            accounts.put(role, number(key, value));
                        }
                    } else if (key.startsWith("bank.")) {
                        String iban = key.substring("bank.".length());
                        if (value.isEmpty()) {
                            banks.remove(iban);
                        } else {
                            banks.put(iban, number(key, value));
                        }
                    } else {
                        throw new IllegalArgumentException("Unbekannte Einstellung '" + key + "'. / Unknown setting '" + key
                                + "'. Keys: " + KEYS);
                    }
                }
            }
        }
        return new LedgerSettings(current.tenant(), chart, consultant, client, fiscalMonth, length, from, to, rule, accounts,
                banks, feeToDebtor, lockOnImport);
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Ungültige Zahl für " + key + ": '" + value + "'. / Invalid number for " + key
                    + ": '" + value + "'.");
        }
    }

    private static boolean bool(String key, String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("Ungültiger Wert für " + key + ": '" + value + "', erlaubt sind true und false."
                    + " / Invalid value for " + key + ": '" + value + "', use true or false.");
        }
        return Boolean.parseBoolean(value);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String key, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ungültiger Wert für " + key + ": '" + value + "', erlaubt sind "
                    + List.of(type.getEnumConstants()) + ". / Invalid value for " + key + ": '" + value + "', use one of "
                    + List.of(type.getEnumConstants()) + ".");
        }
    }
}
