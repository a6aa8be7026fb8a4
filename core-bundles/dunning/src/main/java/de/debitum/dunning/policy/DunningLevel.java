package de.debitum.dunning.policy;

import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * One level of a dunning policy (a Mahnstufe).
 *
 * @param kind            which reminder this level is
 * @param delayBasis      whether {@code delayDays} count from the due date or from the previous notice
 * @param delayDays       days after the basis before this level may be sent, in calendar days
 * @param paymentTermDays days the notice gives the debtor to pay, counted from the day it is sent
 * @param fee             the dunning fee this level charges where the law allows it
 * @param templateKey     key of the letter and e-mail template, e.g. {@code dunning.first-reminder}
 * @param channel         how the notice is delivered
 * @param needsApproval   whether a person must approve each notice of this level before it is sent
 */
public record DunningLevel(
        DunningLevelKind kind,
        DelayBasis delayBasis,
        int delayDays,
        int paymentTermDays,
        Money fee,
        String templateKey,
        DeliveryChannel channel,
        boolean needsApproval) {

    public DunningLevel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delayBasis, "delayBasis");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(channel, "channel");
    }
}
