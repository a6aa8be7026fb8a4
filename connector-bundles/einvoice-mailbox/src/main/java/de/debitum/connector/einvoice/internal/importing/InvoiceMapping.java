package de.debitum.connector.einvoice.internal.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.einvoice.AttachmentChoice;
import de.debitum.einvoice.InvoiceFlag;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.Party;
import de.debitum.einvoice.PrecedingInvoice;
import de.debitum.einvoice.ReadWarning;
import de.debitum.einvoice.SkontoTier;
import de.debitum.einvoice.VatBreakdown;

/**
 * Maps an invoice read from a file to canonical records: the buyer (BG-7) as the debtor and the
 * document itself. Amounts keep the sign the file states; a credit note (381) takes its direction
 * from its kind.
 */
public final class InvoiceMapping {

    /** The source of every record; documents and debtors from a mailbox and a folder meet here. */
    public static final String SOURCE = "einvoice";

    /** Maximum length of the payment terms text (BT-20) that the datacenter stores. */
    static final int MAX_TERMS_TEXT = 1000;

    /** Code of the warning that names the attachment read from a PDF with several invoice XMLs. */
    public static final String ATTACHMENT_CHOSEN = "ATTACHMENT_CHOSEN";

    private InvoiceMapping() {
    }

    /** The records of one invoice; {@code debtor} is {@code null} when the file names no buyer. */
    public record Mapped(DebtorData debtor, DocumentData document) {
    }

    public static Mapped map(InvoiceRecord invoice, String fileName, byte[] content) {
        DebtorData debtor = debtor(invoice.buyer(), invoice);
        OriginalDocument original = OriginalDocument.of(fileName, mediaType(invoice), content);
        DocumentData document = new DocumentData(documentExternalId(invoice, original),
                debtor == null ? null : debtor.externalId(), kind(invoice), invoice.number(), invoice.issueDate(),
                invoice.dueDate(), invoice.deliveryDate(), null, invoice.currency(), vatLines(invoice),
                amountDue(invoice), terms(invoice), null, invoice.buyerReference(), precedingNumber(invoice), original,
                invoice.isSafeSource(), flags(invoice), warnings(invoice));
        return new Mapped(debtor, document);
    }

    /** Maps the reader's flags: a booking aid stays one, and text from a plain PDF is an unsafe source. */
    public static Set<DocumentFlag> flags(InvoiceRecord invoice) {
        Set<DocumentFlag> flags = EnumSet.noneOf(DocumentFlag.class);
        if (invoice.flags().contains(InvoiceFlag.BOOKING_AID_ONLY)) {
            flags.add(DocumentFlag.BOOKING_AID);
        }
        if (invoice.flags().contains(InvoiceFlag.NEEDS_CONFIRMATION)
                || invoice.sourceTrust() == InvoiceRecord.SourceTrust.NEEDS_CONFIRMATION) {
            flags.add(DocumentFlag.UNSAFE_SOURCE);
        }
        return flags;
    }

    /**
     * Maps the reader's warnings, and adds one naming the attachment read when the PDF carried
     * other invoice XMLs (such as a ZUGFeRD 1 and a ZUGFeRD 2 attachment).
     */
    static List<DocumentWarning> warnings(InvoiceRecord invoice) {
        List<DocumentWarning> warnings = new ArrayList<>();
        for (ReadWarning warning : invoice.warnings()) {
            warnings.add(DocumentWarning.shortened(warning.code().name(), warning.messageDe(), warning.messageEn()));
        }
        AttachmentChoice attachment = invoice.attachment();
        if (attachment != null && !attachment.otherCandidates().isEmpty()) {
            // The reason names the attachment read, why, and the attachments not read.
            warnings.add(DocumentWarning.shortened(ATTACHMENT_CHOSEN,
                    "Die PDF enthält mehrere Rechnungs-XML: " + attachment.reasonDe() + ".",
                    "The PDF carries several invoice XMLs: " + attachment.reasonEn() + "."));
        }
        return warnings;
    }

    /**
     * Returns the document's external id: the type code (BT-3) and the invoice number (BT-1), so
     * that the same invoice read again, from a mail or a folder, is the same document. A file
     * without a number falls back to the SHA-256 of its content.
     */
    static String documentExternalId(InvoiceRecord invoice, OriginalDocument original) {
        if (invoice.number() == null || invoice.number().isBlank()) {
            return "sha256:" + original.sha256();
        }
        String type = invoice.typeCode() == null ? DocumentKind.INVOICE.untdidCode() : invoice.typeCode();
        return type + ":" + invoice.number().strip();
    }

    /**
     * Returns the debtor's external id: the buyer's first identifier (BT-46), else the VAT id
     * (BT-48), else the name (BT-44) with its spaces collapsed and in lower case.
     */
    static String debtorExternalId(Party buyer) {
        String id = buyerIdentifier(buyer);
        if (id != null) {
            return "id:" + id;
        }
        if (buyer.vatId() != null && !buyer.vatId().isBlank()) {
            return "vat:" + buyer.vatId().replace(" ", "").toUpperCase(Locale.ROOT);
        }
        if (buyer.name() != null && !buyer.name().isBlank()) {
            return "name:" + buyer.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Returns the buyer's first identifier (BT-46), or {@code null} when it has none. */
    static String buyerIdentifier(Party buyer) {
        for (String id : buyer.ids()) {
            if (id != null && !id.isBlank()) {
                return id.strip();
            }
        }
        return null;
    }

    private static DebtorData debtor(Party buyer, InvoiceRecord invoice) {
        if (buyer == null) {
            return null;
        }
        String externalId = debtorExternalId(buyer);
        if (externalId == null) {
            return null;
        }
        PostalAddress address = buyer.address() == null ? null : new PostalAddress(buyer.address().line1(),
                buyer.address().line2(), buyer.address().postcode(), buyer.address().city(),
                buyer.address().countryCode());
        // BT-91 is the buyer's account that a direct debit is drawn from. An invalid one is left out,
        // so that it does not reject the debtor and with it the invoice.
        String debitedIban = invoice.payment().debitedIban();
        List<String> ibans = isValidIban(debitedIban) ? List.of(debitedIban) : List.of();
        String vatId = buyer.vatId() == null ? null : buyer.vatId().replace(" ", "");
        // BT-46 is the seller's identifier of the buyer, in practice the customer number. As the customer
        // number it links this debtor to one from a debtor file or another source with the same number.
        return new DebtorData(externalId, buyerIdentifier(buyer), buyer.name(), address, buyer.email(), null, false,
                vatId, invoice.buyerReference(), ibans);
    }

    /** Checks the form and the ISO 13616 check digits (mod 97) of an IBAN without spaces. */
    static boolean isValidIban(String iban) {
        if (iban == null || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char character : rearranged.toCharArray()) {
            int value = Character.digit(character, 36);
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    private static String mediaType(InvoiceRecord invoice) {
        return invoice.container() == InvoiceRecord.Container.PDF ? "application/pdf" : "application/xml";
    }

    /**
     * Maps the type code: 381 is a credit note, 384 a corrected invoice, and every other code
     * (380, 389, the 875 to 877 construction invoices, unlisted codes, plain PDFs) an invoice.
     */
    static DocumentKind kind(InvoiceRecord invoice) {
        if (invoice.documentType() == null) {
            return DocumentKind.INVOICE;
        }
        return switch (invoice.documentType()) {
            case CREDIT_NOTE -> DocumentKind.CREDIT_NOTE;
            case CORRECTED_INVOICE -> DocumentKind.CORRECTED_INVOICE;
            default -> DocumentKind.INVOICE;
        };
    }

    private static List<VatLine> vatLines(InvoiceRecord invoice) {
        List<VatLine> lines = new ArrayList<>();
        for (VatBreakdown breakdown : invoice.vatBreakdown()) {
            if (breakdown.basis() == null && breakdown.tax() == null || invoice.currency() == null) {
                continue;
            }
            // A category without a rate (E, AE, K, G, O) has 0 percent.
            BigDecimal rate = breakdown.ratePercent() == null ? BigDecimal.ZERO : breakdown.ratePercent();
            Money basis = breakdown.basis() == null ? Money.zero(invoice.currency()) : breakdown.basis();
            Money tax = breakdown.tax() == null ? Money.zero(invoice.currency()) : breakdown.tax();
            lines.add(new VatLine(breakdown.categoryCode(), rate, basis, tax));
        }
        return lines;
    }

    private static Money amountDue(InvoiceRecord invoice) {
        return invoice.totals().amountDue() != null ? invoice.totals().amountDue() : invoice.totals().grandTotal();
    }

    private static PaymentTerms terms(InvoiceRecord invoice) {
        String text = invoice.payment().termsText();
        if (text != null && text.length() > MAX_TERMS_TEXT) {
            text = text.substring(0, MAX_TERMS_TEXT);
        }
        List<CashDiscountTier> tiers = new ArrayList<>();
        for (SkontoTier tier : invoice.payment().skontoTiers()) {
            tiers.add(new CashDiscountTier(tier.days(), tier.percent()));
        }
        tiers.sort((left, right) -> Integer.compare(left.days(), right.days()));
        return new PaymentTerms(text, tiers);
    }

    private static String precedingNumber(InvoiceRecord invoice) {
        for (PrecedingInvoice preceding : invoice.precedingInvoices()) {
            if (preceding.number() != null && !preceding.number().isBlank()) {
                return preceding.number().strip();
            }
        }
        return null;
    }
}
