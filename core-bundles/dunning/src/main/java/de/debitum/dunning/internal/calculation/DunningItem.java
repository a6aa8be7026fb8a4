package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import de.debitum.api.money.Money;
import de.debitum.dunning.internal.calendar.FederalState;

/**
 * An open item as the dunning calculations see it.
 *
 * @param itemId                the invoice number or other id of the item
 * @param debtorId              the debtor's id, by which notices group items
 * @param debtorKind            consumer or business
 * @param placeOfPerformance    the debtor's federal state, whose holidays move deadlines (§ 193 BGB),
 *                              or null when unknown: then a holiday in any state moves a deadline,
 *                              so that no deadline ends too early
 * @param dueDate               the day payment is due
 * @param calendarDueDate       whether the due date was agreed as a calendar date, which puts the
 *                              debtor into default without a reminder (§ 286 (2) no. 1 BGB). A date
 *                              the creditor only printed on the invoice is not agreed
 * @param invoiceReceivedOn     when the debtor received the invoice, if known (§ 286 (3) BGB)
 * @param consumerDefaultNotice whether the invoice informs a consumer that default follows 30 days
 *                              after due date and receipt (§ 286 (3) BGB)
 * @param openAmount            the amount still open
 */
public record DunningItem(
        String itemId,
        String debtorId,
        DebtorKind debtorKind,
        FederalState placeOfPerformance,
        LocalDate dueDate,
        boolean calendarDueDate,
        Optional<LocalDate> invoiceReceivedOn,
        boolean consumerDefaultNotice,
        Money openAmount) {

    public DunningItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(debtorId, "debtorId");
        Objects.requireNonNull(debtorKind, "debtorKind");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(invoiceReceivedOn, "invoiceReceivedOn");
        Objects.requireNonNull(openAmount, "openAmount");
    }
}
