package de.debitum.ledger;

import java.util.List;
import java.util.Map;

import de.debitum.api.ledger.SourceType;

/**
 * The outcome of one booking run.
 *
 * @param events business events booked, per kind
 * @param bookings bookings created
 * @param corrections bookings created in an open period because the event's own period was locked
 * @param waiting events left unbooked with the reason, at most {@link #MAX_WAITING_LISTED}
 * @param waitingCount all events left unbooked
 */
public record BookingRun(Map<SourceType, Integer> events, int bookings, int corrections, List<String> waiting,
                         int waitingCount) {

    /** Largest number of waiting events listed by reason. */
    public static final int MAX_WAITING_LISTED = 100;

    public BookingRun {
        events = Map.copyOf(events);
        waiting = List.copyOf(waiting);
    }

    /** Returns the number of events booked. */
    public int eventCount() {
        return events.values().stream().mapToInt(Integer::intValue).sum();
    }
}
