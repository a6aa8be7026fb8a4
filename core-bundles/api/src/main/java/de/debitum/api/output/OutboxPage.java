package de.debitum.api.output;

import java.util.List;

/**
 * One page of outbox entries, newest first.
 *
 * @param entries the entries of the page
 * @param total   the number of entries that match the filter on all pages
 */
public record OutboxPage(List<OutboxEntry> entries, long total) {

    public OutboxPage {
        entries = List.copyOf(entries);
    }
}
