package de.debitum.demo;

import de.debitum.einvoice.writer.EInvoiceWriter;
import de.debitum.einvoice.writer.OutgoingInvoice;

/**
 * Writes one demo invoice as a ZUGFeRD 2 / Factur-X PDF in the EN 16931 profile, or as the bare
 * XML, with the hub's {@link EInvoiceWriter}.
 */
final class InvoicePdfWriter {

    private static final EInvoiceWriter WRITER = new EInvoiceWriter("Debitum demo");

    private final DemoScenario.Company company;

    InvoicePdfWriter(DemoScenario.Company company) {
        this.company = company;
    }

    byte[] write(DemoScenario.Invoice invoice) {
        return WRITER.write(outgoing(company, invoice));
    }

    static byte[] xml(DemoScenario.Company company, DemoScenario.Invoice invoice) {
        return WRITER.writeXml(outgoing(company, invoice));
    }

    /** Returns the demo invoice in the writer's model. */
    static OutgoingInvoice outgoing(DemoScenario.Company company, DemoScenario.Invoice invoice) {
        DemoScenario.Debtor debtor = invoice.debtor();
        OutgoingInvoice.Party seller = new OutgoingInvoice.Party(company.name(), company.street(), company.postcode(),
                company.city(), "DE", null, company.vatId(), company.email(), company.iban(), company.bic());
        OutgoingInvoice.Party buyer = new OutgoingInvoice.Party(debtor.name(), debtor.street(), debtor.postcode(),
                debtor.city(), "DE", debtor.number(), debtor.vatId(), debtor.email(), null, null);
        return new OutgoingInvoice(invoice.number(), false, invoice.issueDate(), invoice.dueDate(), null, "EUR", seller,
                buyer, invoice.lines().stream().map(line -> new OutgoingInvoice.Line(line.product(), line.quantity(),
                        line.unit(), line.unitPrice(), "S", line.vatRate())).toList(),
                null, paymentTerms(invoice), debtor.number(), null);
    }

    private static String paymentTerms(DemoScenario.Invoice invoice) {
        String due = "Zahlbar bis " + String.format("%1$td.%1$tm.%1$tY", invoice.dueDate()) + " ohne Abzug.";
        DemoScenario.CashDiscount discount = invoice.cashDiscount();
        if (discount == null) {
            return due;
        }
        // The German CIUS line that readers turn into a cash discount tier (BT-20).
        return due + "\n#SKONTO#TAGE=" + discount.days() + "#PROZENT=" + discount.percent().toPlainString() + "#\n";
    }
}
