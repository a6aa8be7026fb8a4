package de.debitum.matching.internal.engine;

import java.time.LocalDate;
import java.util.Objects;

import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.money.Money;

/**
 * An open item with what the engine needs of its document: number, terms and dates.
 *
 * @param open the amount still open; negative for a credit note not yet used
 */
public record OpenInvoice(long documentId, long debtorId, String number, DocumentKind kind, LocalDate issueDate,
                          LocalDate dueDate, Money amountDue, Money open, PaymentTerms terms) {

    public OpenInvoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amountDue, "amountDue");
        Objects.requireNonNull(open, "open");
        terms = terms == null ? PaymentTerms.NONE : terms;
    }

    public boolean isCreditNote() {
        return kind == DocumentKind.CREDIT_NOTE;
    }
}
