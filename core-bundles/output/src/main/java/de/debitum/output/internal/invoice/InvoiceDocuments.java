package de.debitum.output.internal.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.einvoice.writer.OutgoingInvoice;
import de.debitum.output.OutputException;

/** Turns a stored invoice, its debtor and the tenant's company profile into the e-invoice writer's model. */
final class InvoiceDocuments {

    private InvoiceDocuments() {
    }

    /**
     * Returns whether the document came as an e-invoice PDF, which goes out unchanged: a PDF read
     * from its structured data (ZUGFeRD / Factur-X). A plain PDF is read from its text and is not
     * safe, and a CSV row has no PDF.
     */
    // NOTE: an XRechnung that came as bare XML goes out as a generated ZUGFeRD PDF, not as its
    // original file, because the outbox and its channels carry PDFs only.
    static boolean isEInvoicePdf(DocumentData data, OriginalDocument original) {
        return data.safeSource() && original != null
                && "application/pdf".equals(original.mediaType().toLowerCase(Locale.ROOT));
    }

    /**
     * Builds the invoice to write. The hub stores totals and the VAT breakdown but no item lines,
     * so the invoice gets one line per VAT breakdown line: its net amount at its rate.
     *
     * @throws OutputException when the company profile or the debtor lacks a value the invoice needs
     */
    static OutgoingInvoice outgoing(DocumentData data, DebtorData debtor, CompanyProfile company) {
        if (data.vatLines().isEmpty()) {
            throw new OutputException("Rechnung " + data.number() + " hat keine Umsatzsteueraufstellung; daraus lässt sich"
                    + " keine E-Rechnung erzeugen.", "Invoice " + data.number() + " has no VAT breakdown, so no"
                    + " e-invoice can be generated from it.");
        }
        PostalAddress address = debtor.address();
        if (address == null || address.postalCode() == null || address.city() == null) {
            throw new OutputException("Zu Schuldner '" + debtor.name() + "' fehlen Postleitzahl oder Ort; eine E-Rechnung"
                    + " braucht die Anschrift des Käufers.", "Debtor '" + debtor.name() + "' has no postcode or city;"
                    + " an e-invoice needs the buyer's address.");
        }
        if (company.vatId() == null) {
            throw new OutputException("Im Firmenprofil fehlt die USt-IdNr.; eine E-Rechnung (EN 16931) braucht sie."
                    + " Bitte im Firmenprofil ergänzen.", "The company profile has no VAT id, which an EN 16931"
                    + " e-invoice needs. Add it to the company profile.");
        }
        OutgoingInvoice.Party seller = new OutgoingInvoice.Party(company.companyName(), company.street(),
                company.postcode(), company.city(), company.countryCode(), null, company.vatId(), company.email(),
                company.iban(), company.bic());
        String street = address.line2() == null ? address.line1()
                : address.line1() == null ? address.line2() : address.line1() + ", " + address.line2();
        OutgoingInvoice.Party buyer = new OutgoingInvoice.Party(debtor.name(), street, address.postalCode(),
                address.city(), address.countryCode() == null ? "DE" : address.countryCode(), debtor.customerNumber(),
                debtor.vatId(), debtor.email(), null, null);

        List<OutgoingInvoice.Line> lines = new ArrayList<>();
        for (VatLine vat : data.vatLines()) {
            String rate = vat.rate().stripTrailingZeros().toPlainString().replace('.', ',');
            lines.add(new OutgoingInvoice.Line("Leistungen zu " + rate + " % USt (Kategorie " + vat.category() + ")",
                    BigDecimal.ONE, "C62", vat.net().amount(), vat.category(), vat.rate()));
        }
        // NOTE: Mustang computes the tax from net and rate per VAT rate; a source that rounded per
        // item line may state a tax one cent off, which then also changes the amount due.
        BigDecimal prepaid = data.grossTotal().amount().subtract(data.amountDue().amount());
        String buyerReference = data.buyerReference() != null ? data.buyerReference() : debtor.buyerReference();
        return new OutgoingInvoice(data.number(), data.kind() == DocumentKind.CREDIT_NOTE, data.issueDate(),
                data.dueDate(), data.serviceTo(), data.currency().getCurrencyCode(), seller, buyer, lines,
                prepaid.signum() == 0 ? null : prepaid, null, buyerReference, data.orderReference());
    }
}
