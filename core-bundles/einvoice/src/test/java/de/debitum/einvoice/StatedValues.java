package de.debitum.einvoice;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;

/**
 * The values an invoice XML states, read by the test itself with namespace-free XPath (local
 * names), so that the expectations never come from the code under test.
 */
record StatedValues(String number, String typeCode, LocalDate issueDate, LocalDate dueDate, String sellerName,
        String buyerName, String currency, BigDecimal taxBasisTotal, BigDecimal taxTotal, BigDecimal grandTotal,
        BigDecimal amountDue, String iban) {

    private static final DateTimeFormatter DATE_102 = DateTimeFormatter.ofPattern("yyyyMMdd");

    static StatedValues of(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        String root = doc.getDocumentElement().getLocalName();
        return root.equals("Invoice") || root.equals("CreditNote") ? ubl(doc, xpath) : cii(doc, xpath);
    }

    private static StatedValues cii(Document doc, XPath x) throws Exception {
        String header = "/*/*[local-name()='ExchangedDocument' or local-name()='HeaderExchangedDocument']";
        String grand = x.evaluate("(//*[local-name()='GrandTotalAmount'])[1]", doc);
        String due = x.evaluate("(//*[local-name()='DuePayableAmount'])[1]", doc);
        String prepaid = x.evaluate("(//*[local-name()='TotalPrepaidAmount'])[1]", doc);
        BigDecimal grandTotal = new BigDecimal(grand.trim());
        BigDecimal amountDue = !due.isBlank() ? new BigDecimal(due.trim())
                : prepaid.isBlank() ? grandTotal : grandTotal.subtract(new BigDecimal(prepaid.trim()));
        String currency = x.evaluate("(//*[local-name()='InvoiceCurrencyCode'])[1]", doc).trim();
        String taxTotal = x.evaluate("(//*[local-name()='TaxTotalAmount'][@currencyID='" + currency
                + "' or not(@currencyID)])[1]", doc);
        return new StatedValues(
                x.evaluate(header + "/*[local-name()='ID']", doc).trim(),
                x.evaluate(header + "/*[local-name()='TypeCode']", doc).trim(),
                date102(x.evaluate(header + "/*[local-name()='IssueDateTime']/*[local-name()='DateTimeString']", doc)),
                date102(x.evaluate("(//*[local-name()='SpecifiedTradePaymentTerms']/*[local-name()='DueDateDateTime']"
                        + "/*[local-name()='DateTimeString'])[1]", doc)),
                blankToNull(x.evaluate("(//*[local-name()='SellerTradeParty'])[1]/*[local-name()='Name']", doc)),
                blankToNull(x.evaluate("(//*[local-name()='BuyerTradeParty'])[1]/*[local-name()='Name']", doc)),
                currency,
                decimalOrNull(x.evaluate("(//*[local-name()='TaxBasisTotalAmount'])[1]", doc)),
                decimalOrNull(taxTotal),
                grandTotal, amountDue,
                iban(x.evaluate("(//*[local-name()='SpecifiedTradeSettlementPaymentMeans']"
                        + "/*[local-name()='PayeePartyCreditorFinancialAccount']/*[local-name()='IBANID'])[1]", doc)));
    }

    private static StatedValues ubl(Document doc, XPath x) throws Exception {
        String due = x.evaluate("/*/*[local-name()='DueDate']", doc);
        if (due.isBlank()) {
            due = x.evaluate("(/*/*[local-name()='PaymentMeans']/*[local-name()='PaymentDueDate'])[1]", doc);
        }
        String type = x.evaluate("/*/*[local-name()='InvoiceTypeCode' or local-name()='CreditNoteTypeCode']", doc).trim();
        if (type.isEmpty() && doc.getDocumentElement().getLocalName().equals("CreditNote")) {
            type = "381";
        }
        String money = "/*/*[local-name()='LegalMonetaryTotal']/*[local-name()='%s']";
        String currency = x.evaluate("/*/*[local-name()='DocumentCurrencyCode']", doc).trim();
        return new StatedValues(
                x.evaluate("/*/*[local-name()='ID']", doc).trim(),
                type,
                LocalDate.parse(x.evaluate("/*/*[local-name()='IssueDate']", doc).trim()),
                due.isBlank() ? null : LocalDate.parse(due.trim()),
                partyName(doc, x, "AccountingSupplierParty"),
                partyName(doc, x, "AccountingCustomerParty"),
                currency,
                decimalOrNull(x.evaluate(money.formatted("TaxExclusiveAmount"), doc)),
                decimalOrNull(x.evaluate("/*/*[local-name()='TaxTotal']/*[local-name()='TaxAmount'][@currencyID='"
                        + currency + "']", doc)),
                new BigDecimal(x.evaluate(money.formatted("TaxInclusiveAmount"), doc).trim()),
                new BigDecimal(x.evaluate(money.formatted("PayableAmount"), doc).trim()),
                iban(x.evaluate("(/*/*[local-name()='PaymentMeans']/*[local-name()='PayeeFinancialAccount']"
                        + "/*[local-name()='ID'])[1]", doc)));
    }

    private static String partyName(Document doc, XPath x, String role) throws Exception {
        String party = "/*/*[local-name()='" + role + "']/*[local-name()='Party']";
        String legal = x.evaluate(party + "/*[local-name()='PartyLegalEntity']/*[local-name()='RegistrationName']", doc);
        return blankToNull(!legal.isBlank() ? legal
                : x.evaluate(party + "/*[local-name()='PartyName']/*[local-name()='Name']", doc));
    }

    private static LocalDate date102(String value) {
        return value.isBlank() ? null : LocalDate.parse(value.trim(), DATE_102);
    }

    private static String iban(String value) {
        return value.isBlank() ? null : value.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static BigDecimal decimalOrNull(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
