package de.debitum.api.dunning;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/**
 * An edit of a notice that still waits for output. A null field keeps its value.
 *
 * @param paymentDeadline a new deadline, not before the notice date
 * @param fee             a new dunning fee for the letter, zero or more
 * @param dropInterest    true to claim no interest on this notice
 */
public record NoticeChange(LocalDate paymentDeadline, Money fee, boolean dropInterest) {
}
