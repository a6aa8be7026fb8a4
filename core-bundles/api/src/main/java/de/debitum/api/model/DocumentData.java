package de.debitum.api.model;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import de.debitum.api.money.Money;

/**
 * A receivable document as a source delivers it. Totals follow EN 16931: net (BT-109), tax
 * (BT-110) and gross (BT-112) are the sums of the VAT breakdown. The amount due (BT-115) can
 * differ from the gross total because of prepayments, and it can be negative.
 *
 * @param externalId         the source's id of the document
 * @param debtorExternalId   the source's id of the debtor, delivered by the same source
 * @param kind               invoice, credit note, corrected invoice or cancellation
 * @param number             document number (BT-1)
 * @param issueDate          issue date (BT-2)
 * @param dueDate            due date (BT-9), may be null when the terms give none
 * @param serviceFrom        start of the service period (BT-73) or the delivery date, may be null
 * @param serviceTo          end of the service period (BT-74), may be null
 * @param currency           document currency (BT-5)
 * @param vatLines           VAT breakdown, one line per category and rate
 * @param amountDue          amount due for payment (BT-115)
 * @param terms              payment terms with Skonto tiers
 * @param orderReference     buyer's order reference (BT-13), may be null
 * @param buyerReference     buyer reference or Leitweg-ID (BT-10), may be null
 * @param precedingNumber    number of the invoice a correction, cancellation or credit note
 *                           refers to (BT-25), may be null
 * @param original           the original file, may be null
 * @param safeSource         true when read from structured data; false when it needs a person's
 *                           confirmation (text read from a plain PDF)
 */
public record DocumentData(String externalId, String debtorExternalId, DocumentKind kind, String number,
                           LocalDate issueDate, LocalDate dueDate, LocalDate serviceFrom, LocalDate serviceTo,
                           Currency currency, List<VatLine> vatLines, Money amountDue, PaymentTerms terms,
                           String orderReference, String buyerReference, String precedingNumber,
                           OriginalDocument original, boolean safeSource) implements CanonicalRecord {

    public DocumentData {
        vatLines = vatLines == null ? List.of() : List.copyOf(vatLines);
        terms = terms == null ? PaymentTerms.NONE : terms;
    }

    /** Returns the sum of the net amounts of the VAT breakdown. */
    public Money netTotal() {
        return vatLines.stream().map(VatLine::net).reduce(Money.zero(currency), Money::plus);
    }

    /** Returns the sum of the tax amounts of the VAT breakdown. */
    public Money taxTotal() {
        return vatLines.stream().map(VatLine::tax).reduce(Money.zero(currency), Money::plus);
    }

    /** Returns net plus tax. */
    public Money grossTotal() {
        return netTotal().plus(taxTotal());
    }
}
