package de.debitum.connector.bankstatement.internal.parse;

import java.util.List;

import de.debitum.api.money.Money;

/**
 * Decides whether a statement balances: opening balance plus booked entries must equal the
 * closing balance.
 *
 * <p>In ISO 20022 camt, {@code CdtDbtInd} is the direction of the reversal entry itself; some bank
 * exports are reported to repeat the original direction instead. When a camt statement balances
 * only with its reversals counted the other way, that reading is taken and recorded in the check.
 * MT940 needs no second reading because its marks RC (a debit) and RD (a credit) state the booked
 * direction.
 */
final class BalanceChecker {

    private BalanceChecker() {
    }

    /**
     * Checks the balances.
     *
     * @param mayFlipReversals whether a statement that balances only with reversals counted the
     *                         other way gets {@code BALANCED_REVERSALS_FLIPPED} (camt) or
     *                         {@code UNBALANCED} (MT940)
     */
    static BalanceCheck check(Balance opening, Balance closing, List<Entry> entries, boolean mayFlipReversals) {
        if (opening == null || closing == null) {
            String missing = opening == null ? "Anfangssaldo" : "Schlusssaldo";
            String missingEnglish = opening == null ? "opening balance" : "closing balance";
            return new BalanceCheck(BalanceCheck.Result.INCOMPLETE, amountOf(opening), amountOf(closing),
                    null, null, new Message(missing + " fehlt; der Auszug kann nicht abgestimmt werden.",
                            "The " + missingEnglish + " is missing, so the statement cannot be checked."));
        }

        Money start = opening.amount();
        Money stated = closing.amount();
        if (!start.currency().equals(stated.currency())) {
            return incomplete(start, stated, new Message(
                    "Anfangssaldo (" + start.currency() + ") und Schlusssaldo (" + stated.currency()
                            + ") haben verschiedene Währungen; der Auszug kann nicht abgestimmt werden.",
                    "Opening (" + start.currency() + ") and closing balance (" + stated.currency()
                            + ") differ in currency, so the statement cannot be checked."));
        }
        for (Entry entry : entries) {
            if (entry.booked() && !entry.amount().currency().equals(start.currency())) {
                return incomplete(start, stated, new Message(
                        "Buchung " + entry.externalId() + " ist in " + entry.amount().currency() + ", die Salden in "
                                + start.currency() + "; der Auszug kann nicht abgestimmt werden.",
                        "Entry " + entry.externalId() + " is in " + entry.amount().currency() + ", the balances in "
                                + start.currency() + ", so the statement cannot be checked."));
            }
        }

        // Two readings: as sent, and with every reversal counted the other way.
        Money asRead = start;
        Money reversals = Money.zero(start.currency());
        boolean hasReversals = false;
        for (Entry entry : entries) {
            if (entry.booked()) {
                asRead = asRead.plus(entry.amount());
                if (entry.reversal()) {
                    reversals = reversals.plus(entry.amount());
                    hasReversals = true;
                }
            }
        }
        Money flipped = hasReversals ? asRead.minus(reversals).minus(reversals) : null;

        if (asRead.equals(stated)) {
            return new BalanceCheck(BalanceCheck.Result.BALANCED, start, stated, asRead, flipped, null);
        }
        if (mayFlipReversals && hasReversals && flipped.equals(stated)) {
            Message reason = new Message(
                    "Der Auszug geht nur auf, wenn Stornobuchungen in der Gegenrichtung gelesen werden; so wurde er gelesen.",
                    "The statement balances only with reversals read in the opposite direction; it was read that way.");
            return new BalanceCheck(BalanceCheck.Result.BALANCED_REVERSALS_FLIPPED, start, stated, asRead, flipped, reason);
        }

        String figures = "Anfangssaldo " + start + " + Buchungen = " + asRead
                + (hasReversals ? " (mit umgekehrten Stornos " + flipped + ")" : "") + ", Schlusssaldo laut Bank " + stated;
        String figuresEnglish = "opening balance " + start + " + entries = " + asRead
                + (hasReversals ? " (with reversals flipped " + flipped + ")" : "") + ", closing balance stated " + stated;
        return new BalanceCheck(BalanceCheck.Result.UNBALANCED, start, stated, asRead, flipped, new Message(
                "Der Auszug geht nicht auf: " + figures + ". Bitte den Auszug bei der Bank prüfen oder neu abrufen.",
                "The statement does not balance: " + figuresEnglish + ". Check it with the bank or fetch it again."));
    }

    static BalanceCheck notApplicable() {
        return new BalanceCheck(BalanceCheck.Result.NOT_APPLICABLE, null, null, null, null, null);
    }

    private static BalanceCheck incomplete(Money opening, Money closing, Message reason) {
        return new BalanceCheck(BalanceCheck.Result.INCOMPLETE, opening, closing, null, null, reason);
    }

    private static Money amountOf(Balance balance) {
        return balance == null ? null : balance.amount();
    }
}
