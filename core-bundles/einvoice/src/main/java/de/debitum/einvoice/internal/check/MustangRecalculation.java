package de.debitum.einvoice.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;

/**
 * Recalculates an invoice's grand total and amount due with Mustang (its
 * {@link ZUGFeRDInvoiceImporter} and {@link TransactionCalculator}) from the lines, allowances,
 * charges and prepaid amount.
 */
public final class MustangRecalculation {

    /** Mustang's figures, rounded to two decimals. */
    public record Figures(BigDecimal grandTotal, BigDecimal amountDue) {
    }

    private MustangRecalculation() {
    }

    /**
     * Recalculates the document. Mustang parses the XML again with its own parser, which also
     * disallows DOCTYPE declarations (Mustang 2.25.0 {@code XMLTools.getDocumentBuilder}); the
     * caller passes only XML that the reader's own parser already accepted.
     *
     * @throws Exception whatever Mustang raises for a document it cannot import
     */
    public static Figures recalculate(byte[] xml) throws Exception {
        ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter();
        importer.doIgnoreCalculationErrors();
        importer.setRawXML(xml, false);
        Invoice invoice = importer.extractInvoice();
        TransactionCalculator calculator = new TransactionCalculator(invoice);
        return new Figures(calculator.getGrandTotal().setScale(2, RoundingMode.HALF_UP),
                calculator.getDuePayable().setScale(2, RoundingMode.HALF_UP));
    }
}
