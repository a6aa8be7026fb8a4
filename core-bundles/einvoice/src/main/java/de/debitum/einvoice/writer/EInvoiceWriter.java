package de.debitum.einvoice.writer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

/**
 * Writes an {@link OutgoingInvoice} as a ZUGFeRD 2 / Factur-X PDF in the EN 16931 profile: a
 * PDF/A-3b page drawn with PDFBox (DejaVu fonts embedded, sRGB output intent) with the XML that
 * Mustang generates attached as {@code factur-x.xml}. Instances are thread-safe.
 */
public final class EInvoiceWriter {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final String producer;
    private final byte[] regular;
    private final byte[] bold;

    /** @param producer the program named as the PDF's producer, such as {@code Debitum} */
    public EInvoiceWriter(String producer) {
        this.producer = producer;
        this.regular = resource(FONT);
        this.bold = resource(BOLD_FONT);
    }

    /**
     * Writes the invoice.
     *
     * @throws IllegalArgumentException when a value EN 16931 requires is missing, naming it
     * @throws UncheckedIOException when PDFBox or Mustang fail to write the file
     */
    public byte[] write(OutgoingInvoice invoice) {
        requireFields(invoice);
        try {
            byte[] visual = new InvoicePage(regular, bold).render(invoice);
            IZUGFeRDExporter exporter = new ZUGFeRDExporterFromPDFA().load(visual)
                    .setProducer(producer).setCreator(producer).setProfile(Profiles.getByName("EN16931"));
            exporter.setTransaction(transaction(invoice));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write e-invoice " + invoice.number() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the invoice's EN 16931 CII XML alone, as a ZUGFeRD PDF would carry it.
     *
     * @throws IllegalArgumentException when a value EN 16931 requires is missing, naming it
     */
    public byte[] writeXml(OutgoingInvoice invoice) {
        requireFields(invoice);
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("EN16931"));
        provider.generateXML(transaction(invoice));
        return provider.getXML();
    }

    /** Checks the values that EN 16931 requires and the model leaves optional. */
    private static void requireFields(OutgoingInvoice invoice) {
        OutgoingInvoice.Party seller = invoice.seller();
        OutgoingInvoice.Party buyer = invoice.buyer();
        require(seller.street(), "seller street (BT-35)", invoice);
        require(seller.postcode(), "seller postcode (BT-38)", invoice);
        require(seller.city(), "seller city (BT-37)", invoice);
        require(buyer.postcode(), "buyer postcode (BT-53)", invoice);
        require(buyer.city(), "buyer city (BT-52)", invoice);
        boolean taxed = invoice.lines().stream().anyMatch(line -> !"E".equals(line.vatCategory())
                && !"O".equals(line.vatCategory()));
        if (taxed) {
            // BR-S-02, BR-Z-02, BR-AE-02, BR-IC-02: a VAT-relevant invoice names the seller's VAT id.
            require(seller.vatId(), "seller VAT identifier (BT-31)", invoice);
        }
        if (invoice.lines().stream().anyMatch(line -> "AE".equals(line.vatCategory()) || "K".equals(line.vatCategory()))) {
            require(buyer.vatId(), "buyer VAT identifier (BT-48), needed for reverse charge and intra-community supply", invoice);
        }
    }

    private static void require(String value, String field, OutgoingInvoice invoice) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + field + " for e-invoice " + invoice.number()
                    + ": EN 16931 requires it.");
        }
    }

    /** Returns the invoice as Mustang's model, from which Mustang writes the EN 16931 XML. */
    static Invoice transaction(OutgoingInvoice invoice) {
        Invoice transaction = new Invoice()
                .setNumber(invoice.number())
                .setCurrency(invoice.currency())
                .setIssueDate(date(invoice.issueDate()))
                .setDeliveryDate(date(invoice.deliveryDate() == null ? invoice.issueDate() : invoice.deliveryDate()))
                .setSender(party(invoice.seller()))
                .setRecipient(party(invoice.buyer()));
        if (invoice.creditNote()) {
            transaction.setCreditNote();
        }
        if (invoice.dueDate() != null) {
            transaction.setDueDate(date(invoice.dueDate()));
        }
        if (invoice.paymentTerms() != null) {
            transaction.setPaymentTermDescription(invoice.paymentTerms());
        }
        if (invoice.buyerReference() != null) {
            transaction.setReferenceNumber(invoice.buyerReference());
        }
        if (invoice.orderReference() != null) {
            transaction.setBuyerOrderReferencedDocumentID(invoice.orderReference());
        }
        if (invoice.prepaid() != null && invoice.prepaid().signum() != 0) {
            transaction.setTotalPrepaidAmount(invoice.prepaid());
        }
        for (OutgoingInvoice.Line line : invoice.lines()) {
            transaction.addItem(new Item(product(line), line.unitPrice(), line.quantity()));
        }
        return transaction;
    }

    private static Product product(OutgoingInvoice.Line line) {
        Product product = new Product(line.description(), "", line.unit(), line.vatRate());
        switch (line.vatCategory()) {
            case "AE" -> product.setReverseCharge();
            case "K" -> product.setIntraCommunitySupply();
            case "S" -> { }
            default -> product.setTaxCategoryCode(line.vatCategory());
        }
        if ("E".equals(line.vatCategory())) {
            // BR-E-10 requires an exemption reason; the stored document does not carry one.
            product.setTaxExemptionReason("Steuerfrei / VAT exempt");
        }
        return product;
    }

    private static TradeParty party(OutgoingInvoice.Party party) {
        TradeParty trade = new TradeParty(party.name(), party.street() == null ? "" : party.street(),
                party.postcode(), party.city(), party.countryCode().toUpperCase(Locale.ROOT));
        if (party.id() != null) {
            trade.setID(party.id());
        }
        if (party.vatId() != null) {
            trade.addVATID(party.vatId());
        }
        if (party.email() != null) {
            trade.setEmail(party.email());
        }
        if (party.iban() != null) {
            trade.addBankDetails(party.bic() == null ? new BankDetails(party.iban())
                    : new BankDetails(party.iban(), party.bic()));
        }
        return trade;
    }

    static Date date(LocalDate day) {
        // Mustang formats java.util.Date in the JVM's zone; noon keeps the day in every zone of Europe.
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static byte[] resource(String name) {
        try (InputStream in = EInvoiceWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the class path (jasperreports-fonts).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
