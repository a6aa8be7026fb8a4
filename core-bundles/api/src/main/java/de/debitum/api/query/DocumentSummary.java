package de.debitum.api.query;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.debitum.api.model.DocumentKind;

/**
 * One row of a document list.
 *
 * @param openAmount amount due minus allocations
 */
public record DocumentSummary(long id, String number, DocumentKind kind, long debtorId, String debtorName,
                              LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal grossTotal,
                              BigDecimal amountDue, BigDecimal openAmount, DocumentStatus status, String source) {
}
