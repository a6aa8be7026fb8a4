package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.Optional;

import de.debitum.api.money.Money;
import de.debitum.dunning.internal.calendar.FederalState;
import de.debitum.dunning.policy.DunningLevelKind;

/** Builders for the items and history entries the calculation tests use. */
final class TestItems {

    private TestItems() {
    }

    /** Returns a business item in Bayern without agreed calendar date and without known invoice receipt. */
    static DunningItem business(String itemId, String debtorId, LocalDate dueDate, String openAmount) {
        return new DunningItem(itemId, debtorId, DebtorKind.BUSINESS, FederalState.BY, dueDate, false,
                Optional.empty(), false, Money.euro(openAmount));
    }

    static DunningItem consumer(String itemId, String debtorId, LocalDate dueDate, String openAmount) {
        return new DunningItem(itemId, debtorId, DebtorKind.CONSUMER, FederalState.BY, dueDate, false,
                Optional.empty(), false, Money.euro(openAmount));
    }

    static DunningItem withCalendarDueDate(DunningItem item) {
        return new DunningItem(item.itemId(), item.debtorId(), item.debtorKind(), item.placeOfPerformance(),
                item.dueDate(), true, item.invoiceReceivedOn(), item.consumerDefaultNotice(), item.openAmount());
    }

    static DunningItem withInvoiceReceived(DunningItem item, LocalDate receivedOn, boolean consumerNotice) {
        return new DunningItem(item.itemId(), item.debtorId(), item.debtorKind(), item.placeOfPerformance(),
                item.dueDate(), item.calendarDueDate(), Optional.of(receivedOn), consumerNotice, item.openAmount());
    }

    static DunningItem inState(DunningItem item, FederalState state) {
        return new DunningItem(item.itemId(), item.debtorId(), item.debtorKind(), state, item.dueDate(),
                item.calendarDueDate(), item.invoiceReceivedOn(), item.consumerDefaultNotice(), item.openAmount());
    }

    static DunningRecord reminder(DunningLevelKind level, LocalDate sentOn, LocalDate paymentDeadline) {
        return new DunningRecord(level, sentOn, Optional.empty(), Optional.of(paymentDeadline), Money.euro("0.00"),
                false);
    }

    /** Returns the history entry a run would record after applying a next-level decision. */
    static DunningRecord recordOf(LevelDecision.NextLevel decision, LocalDate sentOn) {
        return new DunningRecord(decision.level().kind(), sentOn, Optional.empty(),
                Optional.of(decision.paymentDeadline()), decision.charges().fee(),
                decision.charges().flatFee().signum() > 0);
    }
}
