package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.debitum.dunning.internal.calendar.PaymentDeadlines;

/**
 * Decides when a debtor is in default (Verzug) under § 286 BGB. The earliest of these rules wins:
 * <ul>
 *   <li>a calendar due date agreed in the contract passes (§ 286 (2) no. 1);
 *   <li>the debtor does not pay after a reminder sent after the due date (§ 286 (1)). Default
 *       starts the day after the reminder's payment deadline, or the day after it arrived if it set none;
 *   <li>at the latest 30 days after due date and receipt of the invoice (§ 286 (3)), for a
 *       consumer only where the invoice points this out.
 * </ul>
 * Every deadline is first moved by § 193 BGB to a working day at the debtor's place.
 *
 * <p>NOTE: for a business debtor whose receipt of the invoice is uncertain, § 286 (3) sentence 2
 * counts 30 days from receipt of the goods or service. Items carry no such date, so that rule is
 * not applied, which can only make default later.
 */
public final class DefaultDateCalculator {

    /** Days a reminder without a known delivery date is assumed to take to arrive. */
    static final int ASSUMED_DELIVERY_DAYS = 3;

    /** The period of § 286 (3) BGB, in days. */
    static final int THIRTY_DAYS = 30;

    private final PaymentDeadlines deadlines;

    public DefaultDateCalculator(PaymentDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /**
     * Returns the first day of default from the item and the reminders sent so far, or empty if no
     * rule applies yet. The result may lie in the future (a 30-day period still running).
     */
    public Optional<DefaultStart> firstDayInDefault(DunningItem item, List<DunningRecord> history) {
        List<DefaultStart> candidates = new ArrayList<>();
        LocalDate effectiveDue = deadlines.effectiveDeadline(item.dueDate(), item.placeOfPerformance());

        if (item.calendarDueDate()) {
            candidates.add(new DefaultStart(effectiveDue.plusDays(1), DefaultGround.CALENDAR_DUE_DATE));
        }

        // A reminder counts only when sent after the due date has passed.
        for (DunningRecord reminder : history) {
            if (reminder.sentOn().isAfter(effectiveDue)) {
                candidates.add(new DefaultStart(defaultAfterReminder(item, reminder), DefaultGround.REMINDER));
            }
        }

        thirtyDayRule(item).ifPresent(candidates::add);

        return candidates.stream().min(Comparator.comparing(DefaultStart::firstDay));
    }

    private LocalDate defaultAfterReminder(DunningItem item, DunningRecord reminder) {
        if (reminder.paymentDeadline().isPresent()) {
            return deadlines.effectiveDeadline(reminder.paymentDeadline().get(), item.placeOfPerformance()).plusDays(1);
        }
        LocalDate arrived = reminder.deliveredOn().orElse(reminder.sentOn().plusDays(ASSUMED_DELIVERY_DAYS));
        return arrived.plusDays(1);
    }

    private Optional<DefaultStart> thirtyDayRule(DunningItem item) {
        if (item.invoiceReceivedOn().isEmpty()) {
            return Optional.empty();
        }
        if (item.debtorKind() == DebtorKind.CONSUMER && !item.consumerDefaultNotice()) {
            return Optional.empty();
        }
        LocalDate received = item.invoiceReceivedOn().get();
        LocalDate start = received.isAfter(item.dueDate()) ? received : item.dueDate();
        LocalDate lastDay = deadlines.effectiveDeadline(start.plusDays(THIRTY_DAYS), item.placeOfPerformance());
        return Optional.of(new DefaultStart(lastDay.plusDays(1), DefaultGround.THIRTY_DAY_RULE));
    }
}
