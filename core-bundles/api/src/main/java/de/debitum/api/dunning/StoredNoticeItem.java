package de.debitum.api.dunning;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/** One document on a stored notice; the fields are those of {@link NoticeItemDraft}. */
public record StoredNoticeItem(long id, long documentId, String documentNumber, LocalDate issueDate,
                               LocalDate dueDate, int levelNumber, String levelKind, Money openAmount, Money fee,
                               Money flatFee, Money interest, LocalDate interestFrom, int interestDays, String note) {

    /** Returns the open amount plus fee, flat fee and interest. */
    public Money total() {
        return openAmount.plus(fee).plus(flatFee).plus(interest);
    }
}
