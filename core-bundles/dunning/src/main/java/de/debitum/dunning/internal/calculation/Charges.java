package de.debitum.dunning.internal.calculation;

import java.util.Objects;
import java.util.Optional;

import de.debitum.api.money.Money;

/**
 * The charges of one notice on one item.
 *
 * @param fee          the dunning fee, zero where the law does not allow one
 * @param flatFee      the 40 EUR flat fee of § 288 (5) BGB, or zero
 * @param defaultStart when the debtor is in default counting the reminders sent before this
 *                     notice, if any rule applies yet
 * @param inDefault    whether the debtor was already in default on the day of the notice
 */
public record Charges(Money fee, Money flatFee, Optional<DefaultStart> defaultStart, boolean inDefault) {

    public Charges {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(flatFee, "flatFee");
        Objects.requireNonNull(defaultStart, "defaultStart");
    }
}
