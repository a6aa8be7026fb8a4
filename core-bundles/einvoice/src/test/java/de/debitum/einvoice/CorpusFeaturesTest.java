package de.debitum.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import de.debitum.testing.Corpus;

/**
 * Fields beyond the common ones, on the corpus files that carry them; expectations are read from
 * the XML by XPath in the test.
 */
class CorpusFeaturesTest {

    private static EInvoiceReader reader;

    @BeforeAll
    static void startReader() {
        reader = new EInvoiceReader();
    }

    @AfterAll
    static void stopReader() {
        reader.close();
    }

    @Test
    void sepaDebitReadsMandateAndCreditor() throws Exception {
        Path file = Corpus.dir("einvoice").resolve("EN16931_SEPA_Prenotification.cii.xml");
        InvoiceRecord invoice = read(file);

        assertThat(invoice.payment().meansCode()).isEqualTo(xpath(file, "//*[local-name()='SpecifiedTradeSettlementPaymentMeans']/*[local-name()='TypeCode']"));
        assertThat(invoice.payment().mandateReference()).isEqualTo(xpath(file, "//*[local-name()='DirectDebitMandateID']"));
        assertThat(invoice.payment().creditorId()).isEqualTo(xpath(file, "//*[local-name()='CreditorReferenceID']"));
        assertThat(invoice.payment().debitedIban()).isEqualTo(
                xpath(file, "//*[local-name()='PayerPartyDebtorFinancialAccount']/*[local-name()='IBANID']"));
        assertThat(invoice.payment().payeeAccounts()).isEmpty();
    }

    @Test
    void partyEmailAddressesAreRead() throws Exception {
        InvoiceRecord invoice = read(Corpus.dir("einvoice").resolve("XRechnung_internalRecalcBug.xml"));
        // The seller's contact (BT-43) comes before its electronic address; the buyer has only the latter (BT-49).
        assertThat(invoice.seller().email()).isEqualTo("mail@example.de");
        assertThat(invoice.buyer().email()).isEqualTo("info@example.com");
    }

    @Test
    void structuredDiscountTermsGiveSkontoTiers() throws Exception {
        Path file = Corpus.dir("einvoice").resolve("extended_warenrechnung_based_doublecashdiscount.xml");
        InvoiceRecord invoice = read(file);
        String terms = "//*[local-name()='ApplicableTradePaymentDiscountTerms']";

        assertThat(invoice.payment().skontoTiers()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            SkontoTier tier = invoice.payment().skontoTiers().get(i);
            String nth = "(" + terms + ")[" + (i + 1) + "]";
            assertThat(tier.source()).isEqualTo(SkontoTier.Source.STRUCTURED);
            assertThat(tier.days()).isEqualTo(Integer.parseInt(xpath(file, nth + "/*[local-name()='BasisPeriodMeasure']")));
            assertThat(tier.percent()).isEqualByComparingTo(
                    new BigDecimal(xpath(file, nth + "/*[local-name()='CalculationPercent']")));
        }
    }

    @Test
    void foreignTaxCurrencyIsKeptBeside() throws Exception {
        Path file = Corpus.dir("einvoice").resolve("xrts_02.01a-INVOICE_ubl.xml");
        InvoiceRecord invoice = read(file);
        String taxCurrency = xpath(file, "/*/*[local-name()='TaxCurrencyCode']");

        assertThat(invoice.taxCurrency().getCurrencyCode()).isEqualTo(taxCurrency);
        assertThat(invoice.totals().taxTotalInTaxCurrency().currency().getCurrencyCode()).isEqualTo(taxCurrency);
        assertThat(invoice.totals().taxTotalInTaxCurrency().amount()).isEqualByComparingTo(new BigDecimal(
                xpath(file, "/*/*[local-name()='TaxTotal']/*[local-name()='TaxAmount'][@currencyID='" + taxCurrency + "']")));
        assertThat(invoice.allowancesCharges()).extracting(AllowanceCharge::level).contains(AllowanceCharge.Level.DOCUMENT);
    }

    @Test
    void correctionReferencesThePrecedingInvoice() throws Exception {
        Path file = Corpus.dir("einvoice").resolve("xrts_01.18a-INVOICE_uncefact.xml");
        InvoiceRecord invoice = read(file);

        assertThat(invoice.documentType()).isEqualTo(DocumentType.CORRECTED_INVOICE);
        assertThat(invoice.precedingInvoices()).extracting(PrecedingInvoice::number).containsExactly(
                xpath(file, "//*[local-name()='InvoiceReferencedDocument']/*[local-name()='IssuerAssignedID']"));
    }

    @Test
    void prepaymentMakesAmountDueDifferFromGrandTotal() throws Exception {
        Path file = Corpus.dir("einvoice").resolve("ZUGFeRD-invoice_rabatte_3_abschlag_duepayableamount.xml");
        InvoiceRecord invoice = read(file);

        assertThat(invoice.totals().prepaid().amount())
                .isEqualByComparingTo(new BigDecimal(xpath(file, "//*[local-name()='TotalPrepaidAmount']")));
        assertThat(invoice.totals().amountDue()).isNotEqualTo(invoice.totals().grandTotal());
    }

    @Test
    void negativeAmountDueIsKept() throws Exception {
        Path file = Corpus.dir("einvoice").resolve("xrts_03.01a-INVOICE_uncefact.xml");
        InvoiceRecord invoice = read(file);

        assertThat(invoice.totals().amountDue().signum()).isNegative();
        assertThat(invoice.totals().amountDue().amount())
                .isEqualByComparingTo(new BigDecimal(xpath(file, "//*[local-name()='DuePayableAmount']")));
    }

    private static InvoiceRecord read(Path file) throws Exception {
        ReadResult result = reader.read(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(result).as("result for %s", file).isInstanceOf(ReadResult.Accepted.class);
        return ((ReadResult.Accepted) result).invoice();
    }

    private static String xpath(Path file, String expression) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
        return XPathFactory.newDefaultInstance().newXPath().evaluate(expression, doc).trim();
    }
}
