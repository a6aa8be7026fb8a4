package de.debitum.connector.bankstatement.internal.parse;

import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;

/**
 * Checks an MT942 against its totals {@code :90D:} and {@code :90C:} (number and sum of debit and
 * credit entries), the only check an interim report allows because it carries no balances.
 */
final class Mt940Totals {

    private static final Pattern TOTAL = Pattern.compile("(\\d{1,5})([A-Z]{3})(\\d{1,15},\\d{0,5})");

    private Mt940Totals() {
    }

    static BalanceCheck check(List<Entry> entries, Mt940Parser.Field debits, Mt940Parser.Field credits,
            Currency currency) throws InvalidStatementException {
        if (debits == null && credits == null) {
            return BalanceChecker.notApplicable();
        }
        StringBuilder german = new StringBuilder();
        StringBuilder english = new StringBuilder();
        compare(entries, debits, Direction.DEBIT, currency, german, english);
        compare(entries, credits, Direction.CREDIT, currency, german, english);
        if (german.length() == 0) {
            return new BalanceCheck(BalanceCheck.Result.BALANCED, null, null, null, null, null);
        }
        return new BalanceCheck(BalanceCheck.Result.UNBALANCED, null, null, null, null, new Message(
                "Die Summen des Zwischenberichts stimmen nicht mit den Umsätzen überein:" + german
                        + ". Bitte den Bericht bei der Bank prüfen oder neu abrufen.",
                "The interim report's totals do not match its entries:" + english + ". Check it with the bank or fetch it again."));
    }

    private static void compare(List<Entry> entries, Mt940Parser.Field total, Direction direction, Currency currency,
            StringBuilder german, StringBuilder english) throws InvalidStatementException {
        if (total == null) {
            return;
        }
        String value = Mt940StatementReader.oneLine(total);
        Matcher matcher = TOTAL.matcher(value);
        if (!matcher.matches()) {
            throw Mt940StatementReader.invalid(total, "Ungültige Summe in :" + total.tag() + ":.",
                    "Invalid total in :" + total.tag() + ":.", "Anzahl, Währung, Betrag, z. B. 3EUR1234,56");
        }
        String location = "Zeile " + total.line();
        int statedCount = Integer.parseInt(matcher.group(1));
        Money statedSum = Amounts.swift(matcher.group(3), Amounts.currency(matcher.group(2), location), location);

        int count = 0;
        Money sum = Money.zero(currency);
        for (Entry entry : entries) {
            if (entry.direction() == direction) {
                count++;
                sum = sum.plus(entry.amount().abs());
            }
        }
        if (count != statedCount || !sum.equals(statedSum)) {
            String side = direction == Direction.DEBIT ? "Soll" : "Haben";
            german.append(' ').append(side).append(": ").append(statedCount).append(" Umsätze über ").append(statedSum)
                    .append(" angegeben, ").append(count).append(" über ").append(sum).append(" enthalten");
            english.append(' ').append(direction == Direction.DEBIT ? "debits" : "credits").append(": ")
                    .append(statedCount).append(" entries of ").append(statedSum).append(" stated, ").append(count)
                    .append(" of ").append(sum).append(" present");
        }
    }
}
