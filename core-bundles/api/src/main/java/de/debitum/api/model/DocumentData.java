package de.debitum.api.model;

import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * @param flags              marks that hold the document back from dunning until a person confirms
 *                           it, such as a booking aid; ingestion adds {@link DocumentFlag#NO_VAT_BREAKDOWN}
 * @param warnings           what the source's reader noticed and imported anyway, stored with the document
 */
public record DocumentData(String externalId, String debtorExternalId, DocumentKind kind, String number,
                           LocalDate issueDate, LocalDate dueDate, LocalDate serviceFrom, LocalDate serviceTo,
                           Currency currency, List<VatLine> vatLines, Money amountDue, PaymentTerms terms,
                           String orderReference, String buyerReference, String precedingNumber,
                           OriginalDocument original, boolean safeSource, Set<DocumentFlag> flags,
                           List<DocumentWarning> warnings) implements CanonicalRecord {

    public DocumentData {
        vatLines = vatLines == null ? List.of() : List.copyOf(vatLines);
        terms = terms == null ? PaymentTerms.NONE : terms;
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Creates a document without flags and warnings. */
    public DocumentData(String externalId, String debtorExternalId, DocumentKind kind, String number,
                        LocalDate issueDate, LocalDate dueDate, LocalDate serviceFrom, LocalDate serviceTo,
                        Currency currency, List<VatLine> vatLines, Money amountDue, PaymentTerms terms,
                        String orderReference, String buyerReference, String precedingNumber,
                        OriginalDocument original, boolean safeSource) {
        this(externalId, debtorExternalId, kind, number, issueDate, dueDate, serviceFrom, serviceTo, currency, vatLines,
                amountDue, terms, orderReference, buyerReference, precedingNumber, original, safeSource, Set.of(),
                List.of());
    }

    /**
     * Returns {@code true} when a person must confirm the document before it is dunned: it comes
     * from an unsafe source or carries a flag.
     */
    public boolean needsConfirmation() {
        return !safeSource || !flags.isEmpty();
    }

    /** Returns a copy with {@code flag} added. */
    public DocumentData withFlag(DocumentFlag flag) {
        Set<DocumentFlag> more = EnumSet.of(flag);
        more.addAll(flags);
        return new DocumentData(externalId, debtorExternalId, kind, number, issueDate, dueDate, serviceFrom, serviceTo,
                currency, vatLines, amountDue, terms, orderReference, buyerReference, precedingNumber, original,
                safeSource, more, warnings);
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
