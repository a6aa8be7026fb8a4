package de.debitum.connector.bankstatement.internal.parse;

import de.debitum.api.money.Money;

/**
 * The outcome of "opening balance + booked entries = closing balance" for one statement.
 *
 * @param computedClosing                 opening plus entries as read (ISO 20022 reading)
 * @param computedClosingReversalsFlipped opening plus entries with every reversal counted in the
 *                                        opposite direction; {@code null} without reversals
 * @param reason                          why the check failed or could not run; {@code null} when balanced
 */
public record BalanceCheck(
        Result result,
        Money opening,
        Money statedClosing,
        Money computedClosing,
        Money computedClosingReversalsFlipped,
        Message reason) {

    public enum Result {
        /** Balances as read. */
        BALANCED,
        /** Balances only with reversals counted the other way, so the entries were read that way. */
        BALANCED_REVERSALS_FLIPPED,
        /** Does not balance either way. Both figures are in the check. */
        UNBALANCED,
        /** A balance is missing or in another currency, so the check could not run. */
        INCOMPLETE,
        /** The format carries no balances (camt.054, MT942 without totals). */
        NOT_APPLICABLE
    }

    public boolean balanced() {
        return result == Result.BALANCED || result == Result.BALANCED_REVERSALS_FLIPPED;
    }
}
