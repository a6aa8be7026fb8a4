package de.debitum.api.dunning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;

/**
 * A stored dunning notice with its items.
 *
 * @param postponedUntil the day a postponed notice waits for approval again, or null
 * @param statusChangedBy who set the current status: a user, or {@code dunning-run}
 */
public record StoredNotice(long id, TenantId tenant, long runId, long debtorId, int levelNumber, String levelKind,
                           String templateKey, String channel, LocalDate noticeDate, LocalDate paymentDeadline,
                           NoticeStatus status, LocalDate postponedUntil, Money fee, Money flatFees, Money interest,
                           String statusChangedBy, Instant statusChangedAt, List<StoredNoticeItem> items) {

    public StoredNotice {
        items = List.copyOf(items);
    }

    /** Returns the sum of the items' open amounts plus fee, flat fees and interest. */
    public Money total() {
        Money sum = fee.plus(flatFees).plus(interest);
        for (StoredNoticeItem item : items) {
            sum = sum.plus(item.openAmount());
        }
        return sum;
    }
}
