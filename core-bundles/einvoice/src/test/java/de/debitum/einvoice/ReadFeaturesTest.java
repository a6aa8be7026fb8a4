package de.debitum.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

/** What the reader takes from hand-written invoices and PDFs built in the test. */
class ReadFeaturesTest {

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
    void ciiInvoiceReadsHeaderPartiesAndTotals() {
        InvoiceRecord invoice = accepted("cii-invoice.xml", TestFiles.resource("cii-invoice.xml"));

        assertThat(invoice.sourceFormat()).isEqualTo(SourceFormat.ZUGFERD_2_FACTUR_X);
        assertThat(invoice.profile()).isEqualTo(Profile.EN16931);
        assertThat(invoice.documentType()).isEqualTo(DocumentType.COMMERCIAL_INVOICE);
        assertThat(invoice.number()).isEqualTo("TEST-2024-0042");
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(invoice.deliveryDate()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(invoice.buyerReference()).isEqualTo("04011000-12345-67");
        assertThat(invoice.seller().vatId()).isEqualTo("DE123456789");
        assertThat(invoice.seller().address()).isEqualTo(
                new PostalAddress("Beispielweg 1", null, "10115", "Berlin", "DE"));
        assertThat(invoice.buyer().ids()).containsExactly("K-1001");
        assertThat(invoice.vatBreakdown()).containsExactly(
                new VatBreakdown("S", new BigDecimal("19"), Money.euro("250.00"), Money.euro("47.50")));
        assertThat(invoice.totals().taxBasisTotal()).isEqualTo(Money.euro("250.00"));
        assertThat(invoice.totals().taxTotal()).isEqualTo(Money.euro("47.50"));
        assertThat(invoice.totals().grandTotal()).isEqualTo(Money.euro("297.50"));
        assertThat(invoice.totals().prepaid()).isEqualTo(Money.euro("0.00"));
        assertThat(invoice.totals().amountDue()).isEqualTo(Money.euro("297.50"));
        assertThat(invoice.payment().meansCode()).isEqualTo("58");
        assertThat(invoice.payment().expectedIban()).isEqualTo("DE02120300000000202051");
        assertThat(invoice.warnings()).isEmpty();
        assertThat(invoice.isSafeSource()).isTrue();
    }

    @Test
    void skontoTextConventionGivesTiers() {
        InvoiceRecord invoice = accepted("cii-invoice.xml", TestFiles.resource("cii-invoice.xml"));

        assertThat(invoice.payment().skontoTiers()).containsExactly(
                new SkontoTier(10, new BigDecimal("2.00"), null, SkontoTier.Source.TEXT_CONVENTION),
                new SkontoTier(20, new BigDecimal("1.00"), Money.euro("297.50"), SkontoTier.Source.TEXT_CONVENTION));
        assertThat(invoice.payment().termsText()).endsWith("Zahlbar innerhalb von 30 Tagen netto.");
    }

    @Test
    void recalculationDifferenceKeepsStatedTotalsAndWarns() {
        String xml = TestFiles.resourceText("cii-invoice.xml")
                .replace("<ram:GrandTotalAmount>297.50<", "<ram:GrandTotalAmount>300.00<")
                .replace("<ram:DuePayableAmount>297.50<", "<ram:DuePayableAmount>300.00<");

        InvoiceRecord invoice = accepted("off.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(invoice.totals().grandTotal()).isEqualTo(Money.euro("300.00"));
        assertThat(invoice.warnings()).extracting(ReadWarning::code)
                .containsExactly(WarningCode.RECALCULATION_DIFFERS, WarningCode.RECALCULATION_DIFFERS);
        assertThat(invoice.warnings().get(0).messageDe())
                .isEqualTo("Gesamtbetrag laut Rechnung 300.00, von Mustang nachgerechnet 297.50;"
                        + " der angegebene Betrag wurde übernommen.");
    }

    @Test
    void basicWlProfileIsFlaggedAsBookingAid() {
        String xml = TestFiles.resourceText("cii-invoice.xml")
                .replace("urn:cen.eu:en16931:2017<", "urn:factur-x.eu:1p0:basicwl<");

        InvoiceRecord invoice = accepted("wl.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(invoice.profile()).isEqualTo(Profile.BASIC_WL);
        assertThat(invoice.flags()).containsExactly(InvoiceFlag.BOOKING_AID_ONLY);
        assertThat(invoice.isSafeSource()).isFalse();
        assertThat(invoice.warnings()).extracting(ReadWarning::code).containsExactly(WarningCode.BOOKING_AID_PROFILE);
    }

    @Test
    void creditNoteNamesThePrecedingInvoice() {
        String xml = TestFiles.resourceText("cii-invoice.xml")
                .replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>")
                .replace("</ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
                        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:InvoiceReferencedDocument>"
                                + "<ram:IssuerAssignedID>TEST-2023-0999</ram:IssuerAssignedID>"
                                + "<ram:FormattedIssueDateTime><qdt:DateTimeString format=\"102\">20231201"
                                + "</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>");

        InvoiceRecord invoice = accepted("credit.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(invoice.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
        assertThat(invoice.precedingInvoices())
                .containsExactly(new PrecedingInvoice("TEST-2023-0999", LocalDate.of(2023, 12, 1)));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] xml = TestFiles.resource("cii-invoice.xml");
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, withBom, 3, xml.length);

        assertThat(accepted("bom.xml", withBom).number()).isEqualTo("TEST-2024-0042");
    }

    @Test
    void bothZugferdVersionsReadNewer() {
        byte[] pdf = TestFiles.pdf(List.of("Rechnung TEST-2024-0042"),
                new TestFiles.Embedded("ZUGFeRD-invoice.xml", "Alternative", TestFiles.resource("zugferd1-invoice.xml")),
                new TestFiles.Embedded("factur-x.xml", "Alternative", TestFiles.resource("cii-invoice.xml")));

        InvoiceRecord invoice = accepted("both.pdf", pdf);

        assertThat(invoice.container()).isEqualTo(InvoiceRecord.Container.PDF);
        assertThat(invoice.sourceFormat()).isEqualTo(SourceFormat.ZUGFERD_2_FACTUR_X);
        assertThat(invoice.number()).isEqualTo("TEST-2024-0042");
        assertThat(invoice.attachment().name()).isEqualTo("factur-x.xml");
        assertThat(invoice.attachment().otherCandidates()).containsExactly("ZUGFeRD-invoice.xml");
        assertThat(invoice.attachment().reasonDe())
                .contains("neuere Fassung (ZUGFeRD 2.x/Factur-X) statt ZUGFeRD 1 gelesen");
    }

    @Test
    void zugferd1AloneIsReadAsZugferd1() {
        byte[] pdf = TestFiles.pdf(List.of("Rechnung"),
                new TestFiles.Embedded("ZUGFeRD-invoice.xml", null, TestFiles.resource("zugferd1-invoice.xml")));

        InvoiceRecord invoice = accepted("zf1.pdf", pdf);

        assertThat(invoice.sourceFormat()).isEqualTo(SourceFormat.ZUGFERD_1);
        assertThat(invoice.profile()).isEqualTo(Profile.ZUGFERD_1_BASIC);
        assertThat(invoice.totals().grandTotal()).isEqualTo(Money.euro("297.50"));
        assertThat(invoice.warnings()).extracting(ReadWarning::code)
                .containsExactly(WarningCode.RECALCULATION_UNAVAILABLE);
        assertThat(invoice.warnings().get(0).messageEn()).startsWith("The invoice has no lines");
    }

    @Test
    void attachmentNameMatchesCaseInsensitively() {
        byte[] pdf = TestFiles.pdf(List.of("Rechnung"),
                new TestFiles.Embedded("FACTUR-X.XML", null, TestFiles.resource("cii-invoice.xml")));

        assertThat(accepted("upper.pdf", pdf).attachment().name()).isEqualTo("FACTUR-X.XML");
    }

    @Test
    void dataMarkedAttachmentIsRead() {
        byte[] pdf = TestFiles.pdf(List.of("Rechnung"),
                new TestFiles.Embedded("rechnungsdaten.xml", "Data", TestFiles.resource("cii-invoice.xml")));

        InvoiceRecord invoice = accepted("marked.pdf", pdf);

        assertThat(invoice.attachment().name()).isEqualTo("rechnungsdaten.xml");
        assertThat(invoice.attachment().reasonEn()).contains("AFRelationship /Data");
        assertThat(invoice.isSafeSource()).isTrue();
    }

    @Test
    void plainPdfNeedsConfirmation() {
        byte[] pdf = TestFiles.pdf(List.of(
                "Musterbau GmbH - Beispielweg 1 - 10115 Berlin",
                "Rechnungsnummer: RE-2024/0815",
                "Rechnungsdatum: 15.01.2024",
                "Nettobetrag 1.000,00 EUR",
                "Umsatzsteuer (19 %) 190,00 EUR",
                "Gesamtbetrag 1.190,00 EUR",
                "Zahlbar bis 14.02.2024",
                "IBAN: DE02 1203 0000 0000 2020 51 BIC: BYLADEM1001",
                "Alte Kontonummer DE00 1234 5678 9012 3456 78 ist ungültig"));

        InvoiceRecord invoice = accepted("scan.pdf", pdf);

        assertThat(invoice.sourceFormat()).isEqualTo(SourceFormat.PLAIN_PDF);
        assertThat(invoice.sourceTrust()).isEqualTo(InvoiceRecord.SourceTrust.NEEDS_CONFIRMATION);
        assertThat(invoice.flags()).containsExactly(InvoiceFlag.NEEDS_CONFIRMATION);
        assertThat(invoice.number()).isEqualTo("RE-2024/0815");
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(invoice.totals().taxBasisTotal()).isEqualTo(Money.euro("1000.00"));
        assertThat(invoice.totals().taxTotal()).isEqualTo(Money.euro("190.00"));
        assertThat(invoice.totals().grandTotal()).isEqualTo(Money.euro("1190.00"));
        assertThat(invoice.payment().payeeAccounts())
                .containsExactly(new PayeeAccount("DE02120300000000202051", "BYLADEM1001", null));
        assertThat(invoice.warnings()).isEmpty();
    }

    @Test
    void plainPdfWithoutFieldsSaysWhatIsMissing() {
        InvoiceRecord invoice = accepted("letter.pdf", TestFiles.pdf(List.of("Sehr geehrte Damen und Herren,")));

        assertThat(invoice.flags()).containsExactly(InvoiceFlag.NEEDS_CONFIRMATION);
        assertThat(invoice.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.FIELDS_NOT_FOUND);
            assertThat(w.messageDe()).isEqualTo("Im PDF-Text nicht gefunden: Rechnungsnummer/invoice number,"
                    + " Rechnungsdatum/issue date, Gesamtbetrag/grand total, IBAN. Bitte von Hand ergänzen.");
        });
    }

    private static InvoiceRecord accepted(String name, byte[] content) {
        ReadResult result = reader.read(name, content);
        assertThat(result).as("result for %s: %s", name, result).isInstanceOf(ReadResult.Accepted.class);
        return ((ReadResult.Accepted) result).invoice();
    }
}
