package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/** A booked balance of a statement. A debit balance is negative. */
public record Balance(Money amount, LocalDate date) {
}
