package de.debitum.einvoice;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One invoice, credit note or correction as the file states it.
 *
 * <p>Amounts are the stated ones (never Mustang's recalculation) with the sign the document gives
 * them: a credit note (381) usually states positive amounts and takes its sign from the type, a
 * 380 may state negative ones. Fields the document does not carry are {@code null}; lists are
 * empty instead. A record read from a plain PDF has {@link SourceTrust#NEEDS_CONFIRMATION} and
 * only the fields that the text rules found.
 *
 * @param sourceFormat      the syntax and standard of the data
 * @param container         whether the data came from a PDF or a bare XML file
 * @param profile           the profile (MINIMUM, EN16931, XRechnung, ...)
 * @param profileId         the guideline or customization id as stated (BT-24), or {@code null}
 * @param attachment        which PDF attachment was read and why; {@code null} for bare XML
 * @param sourceTrust       structured data (safe source) or text that a person must confirm
 * @param documentType      the document type; {@link DocumentType#OTHER} for unlisted codes, and
 *                          {@code null} for a plain PDF, whose text rules do not read the type
 * @param typeCode          the UNTDID 1001 code as stated (BT-3), or {@code null} for a plain PDF
 * @param number            the invoice number (BT-1)
 * @param issueDate         the issue date (BT-2)
 * @param dueDate           the payment due date (BT-9)
 * @param deliveryDate      the actual delivery date (BT-72)
 * @param currency          the invoice currency (BT-5)
 * @param taxCurrency       the VAT accounting currency (BT-6) when it differs from the invoice's
 * @param seller            the seller (BG-4)
 * @param buyer             the buyer (BG-7)
 * @param buyerReference    the buyer reference (BT-10), the Leitweg-ID for German public buyers
 * @param vatBreakdown      net and VAT per category and rate (BG-23)
 * @param allowancesCharges allowances and charges at document and line level
 * @param totals            the document totals (BG-22)
 * @param payment           payment means, accounts, mandate and terms
 * @param precedingInvoices invoices that this document corrects or credits (BG-3)
 * @param warnings          what the reader noticed but imported anyway
 * @param flags             how the record must be treated downstream
 */
public record InvoiceRecord(
        SourceFormat sourceFormat,
        Container container,
        Profile profile,
        String profileId,
        AttachmentChoice attachment,
        SourceTrust sourceTrust,
        DocumentType documentType,
        String typeCode,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate deliveryDate,
        Currency currency,
        Currency taxCurrency,
        Party seller,
        Party buyer,
        String buyerReference,
        List<VatBreakdown> vatBreakdown,
        List<AllowanceCharge> allowancesCharges,
        Totals totals,
        PaymentInstructions payment,
        List<PrecedingInvoice> precedingInvoices,
        List<ReadWarning> warnings,
        Set<InvoiceFlag> flags) {

    public InvoiceRecord {
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(sourceTrust, "sourceTrust");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(payment, "payment");
        vatBreakdown = List.copyOf(vatBreakdown);
        allowancesCharges = List.copyOf(allowancesCharges);
        precedingInvoices = List.copyOf(precedingInvoices);
        warnings = List.copyOf(warnings);
        flags = Set.copyOf(flags);
    }

    /** Returns {@code true} when the record may be dunned without a person confirming it first. */
    public boolean isSafeSource() {
        return sourceTrust == SourceTrust.SAFE_SOURCE && !flags.contains(InvoiceFlag.BOOKING_AID_ONLY);
    }

    /** Whether the data came from a PDF or a bare XML file. */
    public enum Container {
        PDF,
        XML
    }

    /** Structured data, or text read from a plain PDF that waits for a person's confirmation. */
    public enum SourceTrust {
        SAFE_SOURCE,
        NEEDS_CONFIRMATION
    }
}
