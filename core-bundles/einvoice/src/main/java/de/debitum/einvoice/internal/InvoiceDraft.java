package de.debitum.einvoice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.debitum.einvoice.AllowanceCharge;
import de.debitum.einvoice.AttachmentChoice;
import de.debitum.einvoice.DocumentType;
import de.debitum.einvoice.InvoiceFlag;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.Party;
import de.debitum.einvoice.PaymentInstructions;
import de.debitum.einvoice.PrecedingInvoice;
import de.debitum.einvoice.Profile;
import de.debitum.einvoice.ReadWarning;
import de.debitum.einvoice.SourceFormat;
import de.debitum.einvoice.Totals;
import de.debitum.einvoice.VatBreakdown;
import de.debitum.einvoice.WarningCode;

/** The mutable state of one read, turned into an immutable {@link InvoiceRecord} at the end. */
public final class InvoiceDraft {

    public SourceFormat sourceFormat;
    public InvoiceRecord.Container container = InvoiceRecord.Container.XML;
    public Profile profile = Profile.UNKNOWN;
    public String profileId;
    public AttachmentChoice attachment;
    public InvoiceRecord.SourceTrust sourceTrust = InvoiceRecord.SourceTrust.SAFE_SOURCE;
    public String typeCode;
    public String number;
    public LocalDate issueDate;
    public LocalDate dueDate;
    public LocalDate deliveryDate;
    public Currency currency;
    public Currency taxCurrency;
    public Party seller;
    public Party buyer;
    public String buyerReference;
    public final List<VatBreakdown> vatBreakdown = new ArrayList<>();
    public final List<AllowanceCharge> allowancesCharges = new ArrayList<>();
    public Totals totals;
    public PaymentInstructions payment;
    public final List<PrecedingInvoice> precedingInvoices = new ArrayList<>();
    public final List<ReadWarning> warnings = new ArrayList<>();
    public final Set<InvoiceFlag> flags = EnumSet.noneOf(InvoiceFlag.class);
    /** Number of invoice lines; Mustang recalculates totals from them. */
    public int lineCount;

    public void warn(WarningCode code, String messageDe, String messageEn) {
        warnings.add(new ReadWarning(code, messageDe, messageEn));
    }

    public InvoiceRecord toRecord() {
        PaymentInstructions paymentOrEmpty = payment != null ? payment
                : new PaymentInstructions(null, List.of(), null, null, null, null, List.of());
        Totals totalsOrEmpty = totals != null ? totals
                : new Totals(null, null, null, null, null, null, null, null, null, null);
        DocumentType documentType = typeCode == null ? null : DocumentType.fromCode(typeCode);
        return new InvoiceRecord(sourceFormat, container, profile, profileId, attachment, sourceTrust, documentType,
                typeCode, number, issueDate, dueDate, deliveryDate, currency, taxCurrency, seller, buyer,
                buyerReference, vatBreakdown, allowancesCharges, totalsOrEmpty, paymentOrEmpty, precedingInvoices,
                warnings, flags);
    }
}
