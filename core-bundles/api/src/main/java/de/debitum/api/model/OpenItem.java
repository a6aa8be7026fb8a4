package de.debitum.api.model;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/**
 * A document's amount still open: its amount due minus everything allocated to it.
 *
 * @param open the amount still open; negative when more was allocated than was due
 */
public record OpenItem(TenantId tenant, long documentId, long debtorId, String number, DocumentKind kind,
                       LocalDate issueDate, LocalDate dueDate, Money amountDue, Money allocated, Money open) {
}
