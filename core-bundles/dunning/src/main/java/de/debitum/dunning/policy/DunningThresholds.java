package de.debitum.dunning.policy;

import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * Limits below which no dunning notice is sent for an item.
 *
 * @param minimumOpenAmount  items with a smaller open amount are not dunned
 * @param minimumDaysOverdue items overdue for fewer calendar days are not dunned
 * @param graceDays          calendar days added to every level's date so that a transfer made on
 *                           the last day of a deadline can arrive and be matched first
 */
public record DunningThresholds(Money minimumOpenAmount, int minimumDaysOverdue, int graceDays) {

    public DunningThresholds {
        Objects.requireNonNull(minimumOpenAmount, "minimumOpenAmount");
    }
}
