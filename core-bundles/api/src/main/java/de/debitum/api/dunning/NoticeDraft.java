package de.debitum.api.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * A notice that a run creates: one letter to one debtor.
 *
 * @param levelNumber     the Mahnstufe, 1 for the policy's first level
 * @param levelKind       the level's kind, such as {@code FIRST_REMINDER}
 * @param templateKey     the template output renders
 * @param channel         {@code EMAIL}, {@code POST} or {@code EMAIL_AND_POST}
 * @param paymentDeadline the deadline the notice sets
 * @param status          {@link NoticeStatus#AWAITING_APPROVAL} or {@link NoticeStatus#APPROVED}
 */
public record NoticeDraft(long debtorId, int levelNumber, String levelKind, String templateKey, String channel,
                          LocalDate noticeDate, LocalDate paymentDeadline, NoticeStatus status, Money fee,
                          Money flatFees, Money interest, List<NoticeItemDraft> items) {

    public NoticeDraft {
        Objects.requireNonNull(levelKind, "levelKind");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(noticeDate, "noticeDate");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(flatFees, "flatFees");
        Objects.requireNonNull(interest, "interest");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A notice for debtor " + debtorId + " needs at least one item");
        }
    }
}
