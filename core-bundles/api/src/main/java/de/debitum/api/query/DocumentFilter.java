package de.debitum.api.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Filter and order of a document list.
 *
 * @param status     only documents in this state, or null for all
 * @param debtorId   only documents of this debtor, or null
 * @param text       start of the document number or of the debtor's name (case-insensitive), or null
 * @param sort       the order
 * @param descending whether the order is reversed
 * @param today      the day that decides between open and overdue
 */
public record DocumentFilter(DocumentStatus status, Long debtorId, String text, DocumentSort sort, boolean descending,
                             LocalDate today) {

    public DocumentFilter {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(today, "today");
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            throw new IllegalArgumentException("Search text too long (" + text.length() + " characters): use at most 100.");
        }
    }
}
