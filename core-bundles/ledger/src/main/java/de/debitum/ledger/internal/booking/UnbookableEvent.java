package de.debitum.ledger.internal.booking;

/** Raised when an event cannot be booked yet; the message names the event and what is missing. */
public final class UnbookableEvent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnbookableEvent(String message) {
        super(message);
    }
}
