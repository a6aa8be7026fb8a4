package de.debitum.api.dunning;

import java.time.LocalDate;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * One document listed on a new notice, with the charges the notice claims for it.
 *
 * @param openAmount   the amount open on the notice date
 * @param fee          the dunning fee charged on this document (a letter charges its fee on one line)
 * @param flatFee      the 40 EUR flat fee of § 288 (5) BGB, or zero
 * @param interest     default interest up to the notice date, or zero
 * @param interestFrom the first day of default, or null when no interest runs
 * @param interestDays the number of interest days
 * @param note         why interest is missing although the debtor is in default, or null
 */
public record NoticeItemDraft(long documentId, String documentNumber, LocalDate issueDate, LocalDate dueDate,
                              int levelNumber, String levelKind, Money openAmount, Money fee, Money flatFee,
                              Money interest, LocalDate interestFrom, int interestDays, String note) {

    public NoticeItemDraft {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(levelKind, "levelKind");
        Objects.requireNonNull(openAmount, "openAmount");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(flatFee, "flatFee");
        Objects.requireNonNull(interest, "interest");
    }
}
