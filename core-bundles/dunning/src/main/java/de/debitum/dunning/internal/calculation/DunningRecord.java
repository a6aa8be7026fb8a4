package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DunningLevelKind;

/**
 * A dunning notice already sent for an item: one entry of its dunning history.
 *
 * @param level           the level the notice had
 * @param sentOn          the day it was sent
 * @param deliveredOn     the day it reached the debtor, if known
 * @param paymentDeadline the deadline the notice set, if it set one
 * @param feeCharged      the dunning fee charged on this item with the notice
 * @param flatFeeCharged  whether the 40 EUR flat fee of § 288 (5) BGB was charged with the notice
 */
public record DunningRecord(
        DunningLevelKind level,
        LocalDate sentOn,
        Optional<LocalDate> deliveredOn,
        Optional<LocalDate> paymentDeadline,
        Money feeCharged,
        boolean flatFeeCharged) {

    public DunningRecord {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        Objects.requireNonNull(feeCharged, "feeCharged");
    }
}
