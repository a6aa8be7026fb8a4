package de.debitum.dunning.policy;

import java.util.List;

import de.debitum.api.money.Money;

/** Ready-made policies that a tenant starts from. */
public final class DefaultPolicies {

    private DefaultPolicies() {
    }

    /**
     * Returns the German default: a free payment reminder a week after the due date, then three
     * reminders two weeks apart, the last one by post and only after approval.
     *
     * <p>The fee of 2.50 EUR is the upper end of what courts usually accept as a creditor's own
     * cost per reminder (1.00 to 2.50 EUR). The reminder that first puts the debtor into default
     * is never charged, because its cost arises before default (§ 286 BGB). The 40 EUR flat fee of
     * § 288 (5) BGB is off until the tenant enables it.
     */
    public static DunningPolicy german() {
        Money fee = Money.euro("2.50");
        List<DunningLevel> levels = List.of(
                new DunningLevel(DunningLevelKind.PAYMENT_REMINDER, DelayBasis.AFTER_DUE_DATE, 7, 7,
                        Money.euro("0.00"), "dunning.payment-reminder", DeliveryChannel.EMAIL, false),
                new DunningLevel(DunningLevelKind.FIRST_REMINDER, DelayBasis.AFTER_PREVIOUS_LEVEL, 14, 10,
                        fee, "dunning.first-reminder", DeliveryChannel.EMAIL, false),
                new DunningLevel(DunningLevelKind.SECOND_REMINDER, DelayBasis.AFTER_PREVIOUS_LEVEL, 14, 10,
                        fee, "dunning.second-reminder", DeliveryChannel.EMAIL_AND_POST, false),
                new DunningLevel(DunningLevelKind.FINAL_REMINDER, DelayBasis.AFTER_PREVIOUS_LEVEL, 14, 7,
                        fee, "dunning.final-reminder", DeliveryChannel.POST, true));
        DunningThresholds thresholds = new DunningThresholds(Money.euro("5.00"), 0, 3);
        return new DunningPolicy(levels, thresholds, false, 14);
    }
}
