package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.debitum.api.money.Money;
import de.debitum.dunning.policy.DunningLevel;
import de.debitum.dunning.policy.DunningPolicy;

/**
 * Decides the fees a notice may charge on an item.
 *
 * <ul>
 *   <li>A dunning fee is damage caused by default (§§ 280 (2), 286 BGB), so only a notice sent while
 *       the debtor is already in default may charge it. The reminder that first puts the debtor
 *       into default is free.
 *   <li>A debtor who is not a consumer owes a flat 40 EUR once per claim when in default (§ 288 (5)
 *       BGB), if the tenant claims it.
 *   <li>The flat fee counts against damages for the cost of pursuing the claim (§ 288 (5) sentence
 *       3 BGB), so once it is owed, dunning fees on the same item are charged only as far as the
 *       fees claimed for the item while in default together exceed 40 EUR.
 * </ul>
 */
public final class ChargeCalculator {

    /** The flat fee of § 288 (5) BGB. */
    public static final Money FLAT_FEE = Money.euro("40.00");

    private final DefaultDateCalculator defaultDates;

    public ChargeCalculator(DefaultDateCalculator defaultDates) {
        this.defaultDates = Objects.requireNonNull(defaultDates, "defaultDates");
    }

    /**
     * Returns the charges of a notice of {@code level} sent on {@code noticeDate}.
     *
     * @param history the notices sent for the item before this one, in date order
     */
    public Charges chargesFor(DunningPolicy policy, DunningLevel level, DunningItem item, List<DunningRecord> history,
            LocalDate noticeDate) {
        Optional<DefaultStart> defaultStart = defaultDates.firstDayInDefault(item, history);
        boolean inDefault = defaultStart.map(start -> !start.firstDay().isAfter(noticeDate)).orElse(false);
        Money zero = Money.zero(level.fee().currency());

        boolean flatFeeCharged = history.stream().anyMatch(DunningRecord::flatFeeCharged);
        boolean flatFeeOwed = inDefault
                && policy.businessFlatFeeEnabled()
                && !flatFeeCharged
                && item.debtorKind() == DebtorKind.BUSINESS
                && item.openAmount().currency().equals(FLAT_FEE.currency());
        Money flatFee = flatFeeOwed ? FLAT_FEE : Money.zero(item.openAmount().currency());

        Money fee = inDefault ? level.fee() : zero;
        if (fee.signum() > 0 && (flatFeeCharged || flatFeeOwed) && fee.currency().equals(FLAT_FEE.currency())) {
            fee = feeBeyondFlatFee(fee, claimedFees(policy, item, history, zero));
        }
        return new Charges(fee, flatFee, defaultStart, inDefault);
    }

    /** Returns the part of {@code fee} by which the item's fees would exceed the flat fee. */
    private static Money feeBeyondFlatFee(Money fee, Money priorFees) {
        Money excessBefore = positivePart(priorFees.minus(FLAT_FEE));
        Money excessAfter = positivePart(priorFees.plus(fee).minus(FLAT_FEE));
        return excessAfter.minus(excessBefore);
    }

    /**
     * Returns the dunning fees the earlier notices claimed as damage: each one's level fee if it was
     * sent while the debtor was in default, whether or not it was charged or credited.
     */
    private Money claimedFees(DunningPolicy policy, DunningItem item, List<DunningRecord> history, Money zero) {
        Money sum = zero;
        for (int i = 0; i < history.size(); i++) {
            DunningRecord record = history.get(i);
            boolean inDefaultThen = defaultDates.firstDayInDefault(item, history.subList(0, i))
                    .map(start -> !start.firstDay().isAfter(record.sentOn()))
                    .orElse(false);
            Money levelFee = feeOfLevel(policy, record).orElse(record.feeCharged());
            if (inDefaultThen && levelFee.currency().equals(zero.currency())) {
                sum = sum.plus(levelFee);
            }
        }
        return sum;
    }

    /** Returns the fee the policy sets for the record's level; a level no longer in the policy has none. */
    private static Optional<Money> feeOfLevel(DunningPolicy policy, DunningRecord record) {
        return policy.levels().stream()
                .filter(level -> level.kind() == record.level())
                .map(DunningLevel::fee)
                .findFirst();
    }

    private static Money positivePart(Money amount) {
        return amount.signum() > 0 ? amount : Money.zero(amount.currency());
    }
}
