package de.debitum.api.dunning;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/** One notice that listed a document: an entry of the document's dunning history. */
public record NoticeHistoryEntry(long documentId, long noticeId, int levelNumber, String levelKind,
                                 LocalDate noticeDate, LocalDate paymentDeadline, NoticeStatus status,
                                 Money fee, Money flatFee) {
}
