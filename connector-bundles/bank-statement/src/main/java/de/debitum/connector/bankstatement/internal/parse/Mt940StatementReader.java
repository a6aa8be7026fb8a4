package de.debitum.connector.bankstatement.internal.parse;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;

/**
 * Reads the fields of one MT940 or MT942 statement in their prescribed order: {@code :20:},
 * {@code :25:}, {@code :28C:}, the opening balance {@code :60F:}/{@code :60M:} (MT942: floor
 * limits {@code :34F:} and {@code :13D:}), entries {@code :61:} each with an optional {@code :86:},
 * the closing balance {@code :62F:}/{@code :62M:} (MT942: totals {@code :90D:}/{@code :90C:}).
 */
final class Mt940StatementReader {

    private static final Pattern BALANCE = Pattern.compile("([CD])(\\d{6})([A-Z]{3})?(\\d{1,15},\\d{0,5})");
    private static final Pattern TOTAL = Pattern.compile("(\\d{1,5})([A-Z]{3})(\\d{1,15},\\d{0,5})");
    private static final Pattern FLOOR_LIMIT = Pattern.compile("([A-Z]{3})[CD]?(\\d{1,15},\\d{0,5})");

    private enum Phase { HEADER, ENTRIES, TRAILER }

    private Mt940StatementReader() {
    }

    /**
     * Reads the fields of one statement.
     *
     * @param idsByAccount external id state per account, shared by all statements of the file
     */
    static Statement read(List<Mt940Parser.Field> fields, Map<String, ExternalIds> idsByAccount)
            throws InvalidStatementException {
        String reference = fields.get(0).value().trim();
        String number = null;
        AccountId account = null;
        Balance opening = null;
        Balance closing = null;
        Currency mt942Currency = null;
        boolean mt942 = false;
        Mt940Parser.Field debitTotal = null;
        Mt940Parser.Field creditTotal = null;
        List<Message> notices = new ArrayList<>();
        List<Mt940Entries.Raw> rawEntries = new ArrayList<>();
        Phase phase = Phase.HEADER;
        String previousTag = "20";

        for (Mt940Parser.Field field : fields.subList(1, fields.size())) {
            String location = "Zeile " + field.line();
            switch (field.tag()) {
                case "21", "13" -> {
                    // Related reference and the old date field carry nothing the reader needs.
                }
                case "25" -> {
                    requirePhase(phase, Phase.HEADER, field, "vor dem Anfangssaldo :60F:");
                    account = account(oneLine(field), location);
                }
                case "28", "28C" -> {
                    requirePhase(phase, Phase.HEADER, field, "vor dem Anfangssaldo :60F:");
                    number = oneLine(field);
                }
                case "60F", "60M" -> {
                    requirePhase(phase, Phase.HEADER, field, "direkt nach :25: und :28C:");
                    opening = balance(field, null, notices);
                    phase = Phase.ENTRIES;
                }
                case "34F" -> {
                    requirePhase(phase, Phase.HEADER, field, "vor den Umsätzen");
                    mt942 = true;
                    Matcher limit = FLOOR_LIMIT.matcher(oneLine(field));
                    if (!limit.matches()) {
                        throw invalid(field, "Ungültige Betragsgrenze.", "Invalid floor limit.", "Währung und Betrag wie EURD0,00");
                    }
                    mt942Currency = Amounts.currency(limit.group(1), location);
                }
                case "13D" -> {
                    requirePhase(phase, Phase.HEADER, field, "vor den Umsätzen");
                    mt942 = true;
                    phase = Phase.ENTRIES;
                }
                case "61" -> {
                    if (phase == Phase.HEADER && !mt942) {
                        throw invalid(field, "Umsatz :61: vor dem Anfangssaldo.", "Entry :61: before the opening balance.",
                                ":60F: vor dem ersten :61:");
                    }
                    requirePhase(phase, Phase.ENTRIES, field, "vor dem Schlusssaldo :62F:");
                    phase = Phase.ENTRIES;
                    rawEntries.add(new Mt940Entries.Raw(field));
                }
                case "86" -> {
                    boolean afterEntry = previousTag.equals("61") || (previousTag.equals("NS") && !rawEntries.isEmpty()
                            && rawEntries.get(rawEntries.size() - 1).details() == null);
                    if (afterEntry && phase == Phase.ENTRIES) {
                        Mt940Entries.Raw last = rawEntries.remove(rawEntries.size() - 1);
                        rawEntries.add(last.withDetails(field));
                    } else if (phase != Phase.TRAILER && !(mt942 && debitTotal != null)) {
                        throw invalid(field, "Feld :86: ohne vorangehenden Umsatz :61:.", "Field :86: without a preceding entry :61:.",
                                ":86: direkt nach einem :61: oder am Ende nach dem Schlusssaldo");
                    }
                    // Otherwise it is information on the whole statement, which no payment needs.
                }
                case "NS" -> {
                    // Non-SWIFT fields of some German banks repeat what :25: and :86: hold.
                }
                case "62F", "62M" -> {
                    requirePhase(phase, Phase.ENTRIES, field, "nach dem Anfangssaldo und den Umsätzen");
                    closing = balance(field, opening == null ? null : opening.amount().currency(), notices);
                    phase = Phase.TRAILER;
                }
                case "64", "65" -> requirePhase(phase, Phase.TRAILER, field, "nach dem Schlusssaldo :62F:");
                case "90D" -> debitTotal = field;
                case "90C" -> creditTotal = field;
                default -> throw invalid(field, "Unbekanntes Feld.", "Unknown field.", "ein MT940-Feld wie :61: oder :86:");
            }
            previousTag = field.tag();
        }

        // Mandatory parts.
        if (account == null) {
            throw new InvalidStatementException(null, new Message("Die Kontoangabe :25: fehlt.", "Field :25: (account) is missing."),
                    null, ":25: mit BLZ/Kontonummer oder IBAN");
        }
        mt942 |= opening == null && closing == null;
        if (opening == null && !mt942) {
            throw new InvalidStatementException(null, new Message("Der Anfangssaldo :60F: fehlt.",
                    "The opening balance :60F: is missing."), null, ":60F: oder :60M: nach :28C:");
        }
        Currency currency = opening != null ? opening.amount().currency() : mt942Currency;
        if (currency == null) {
            currency = totalCurrency(debitTotal != null ? debitTotal : creditTotal);
        }
        if (currency == null) {
            throw new InvalidStatementException(null, new Message("Die Währung des Auszugs ist nicht erkennbar.",
                    "The statement currency cannot be determined."), null, ":60F:, :34F: oder :90D: mit Währung");
        }

        List<Entry> entries = Mt940Entries.read(rawEntries, ExternalIds.forAccount(idsByAccount, account), currency);
        StatementFormat format = mt942 ? StatementFormat.MT942 : StatementFormat.MT940;
        BalanceCheck check;
        if (mt942) {
            check = Mt940Totals.check(entries, debitTotal, creditTotal, currency);
        } else {
            check = BalanceChecker.check(opening, closing, entries, false);
        }
        return new Statement(reference, number, format, account, currency, opening, closing, entries, check, notices,
                null, null);
    }

    /**
     * Reads {@code :25:}: "BLZ/Kontonummer", an IBAN, "BIC/Kontonummer" or a bare account number.
     * Some banks append the currency to an IBAN.
     */
    private static AccountId account(String value, String location) throws InvalidStatementException {
        String compact = value.replace(" ", "");
        if (compact.isEmpty() || compact.length() > 35) {
            throw new InvalidStatementException(location, new Message("Ungültige Kontoangabe in :25:.",
                    "Invalid account in :25:."), value, "BLZ/Kontonummer oder IBAN, höchstens 35 Zeichen");
        }
        String withoutCurrency = compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]+[A-Z]{3}") && !References.validIban(compact)
                ? compact.substring(0, compact.length() - 3) : compact;
        if (References.validIban(withoutCurrency)) {
            return new AccountId(withoutCurrency, null, null, null);
        }
        int slash = compact.indexOf('/');
        if (slash > 0) {
            String bank = compact.substring(0, slash);
            String accountNumber = compact.substring(slash + 1);
            boolean bic = References.looksLikeBic(bank);
            return new AccountId(null, bic ? bank : null, bic ? null : bank, accountNumber);
        }
        return new AccountId(null, null, null, compact);
    }

    private static Balance balance(Mt940Parser.Field field, Currency fallback, List<Message> notices)
            throws InvalidStatementException {
        String value = oneLine(field);
        Matcher matcher = BALANCE.matcher(value);
        if (!matcher.matches()) {
            throw invalid(field, "Ungültiger Saldo in :" + field.tag() + ":.", "Invalid balance in :" + field.tag() + ":.",
                    "C oder D, Datum JJMMTT, Währung, Betrag, z. B. C240131EUR1234,56");
        }
        String location = "Zeile " + field.line();
        Currency currency;
        if (matcher.group(3) != null) {
            currency = Amounts.currency(matcher.group(3), location);
        } else if (fallback != null) {
            // Some legacy German exports write the closing balance without a currency code.
            currency = fallback;
            notices.add(new Message(location + ": Der Saldo :" + field.tag() + ": hat keine Währung; die Währung "
                    + fallback + " des Anfangssaldos wurde angenommen.", location + ": balance :" + field.tag()
                    + ": has no currency; the opening balance's " + fallback + " was assumed."));
        } else {
            throw invalid(field, "Der Saldo hat keine Währung.", "The balance has no currency.", "C240131EUR1234,56");
        }
        Money amount = Amounts.swift(matcher.group(4), currency, location);
        return new Balance("D".equals(matcher.group(1)) ? amount.negate() : amount,
                SwiftDates.date(matcher.group(2), location));
    }

    private static Currency totalCurrency(Mt940Parser.Field total) throws InvalidStatementException {
        if (total == null) {
            return null;
        }
        Matcher matcher = TOTAL.matcher(oneLine(total));
        return matcher.matches() ? Amounts.currency(matcher.group(2), "Zeile " + total.line()) : null;
    }

    private static void requirePhase(Phase actual, Phase expected, Mt940Parser.Field field, String where)
            throws InvalidStatementException {
        if (actual != expected) {
            throw invalid(field, "Feld :" + field.tag() + ": steht an unerwarteter Stelle.",
                    "Field :" + field.tag() + ": is out of place.", "Feld :" + field.tag() + ": " + where);
        }
    }

    /** Returns the value of a one-line field, rejecting continuation lines with the first one's number. */
    static String oneLine(Mt940Parser.Field field) throws InvalidStatementException {
        String value = field.value().strip();
        int lineBreak = value.indexOf('\n');
        if (lineBreak >= 0) {
            String continuation = value.substring(lineBreak + 1).split("\n", 2)[0];
            throw new InvalidStatementException("Zeile " + (field.line() + 1), new Message(
                    "Unerwartete Zeile nach dem einzeiligen Feld :" + field.tag() + ":.",
                    "Unexpected line after the one-line field :" + field.tag() + ":."),
                    continuation, "ein Feld wie :28C:, :60F:, :61: oder :86: am Zeilenanfang");
        }
        return value;
    }

    static InvalidStatementException invalid(Mt940Parser.Field field, String german, String english, String expected) {
        return new InvalidStatementException("Zeile " + field.line(), new Message(german, english),
                ":" + field.tag() + ":" + field.value(), expected);
    }
}
