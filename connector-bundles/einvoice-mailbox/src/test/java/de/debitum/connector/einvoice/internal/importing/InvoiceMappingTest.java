package de.debitum.connector.einvoice.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.money.Money;
import de.debitum.einvoice.DocumentType;
import de.debitum.einvoice.InvoiceFlag;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.Party;
import de.debitum.einvoice.PaymentInstructions;
import de.debitum.einvoice.PostalAddress;
import de.debitum.einvoice.PrecedingInvoice;
import de.debitum.einvoice.Profile;
import de.debitum.einvoice.SkontoTier;
import de.debitum.einvoice.SourceFormat;
import de.debitum.einvoice.Totals;
import de.debitum.einvoice.VatBreakdown;

class InvoiceMappingTest {

    private static final byte[] CONTENT = "<Invoice/>".getBytes(StandardCharsets.UTF_8);

    private static final Party BUYER = new Party("Kunde  AG", List.of(), "DE 123456789", null,
            new PostalAddress("Hauptstr. 1", null, "10115", "Berlin", "DE"));

    private static InvoiceRecord invoice(String typeCode, Party buyer, Profile profile, Set<InvoiceFlag> flags,
            Totals totals, List<SkontoTier> tiers, List<PrecedingInvoice> preceding) {
        PaymentInstructions payment = new PaymentInstructions("59", List.of(), "M-1", "DE98ZZZ09999999999",
                "DE02120300000000202051", "Zahlbar in 30 Tagen", tiers);
        List<VatBreakdown> vat = List.of(new VatBreakdown("S", new BigDecimal("19.00"), Money.euro("100.00"),
                Money.euro("19.00")), new VatBreakdown("E", null, Money.euro("50.00"), Money.euro("0.00")));
        return new InvoiceRecord(SourceFormat.XRECHNUNG_CII, InvoiceRecord.Container.XML, profile, null, null,
                InvoiceRecord.SourceTrust.SAFE_SOURCE, typeCode == null ? null : DocumentType.fromCode(typeCode),
                typeCode, "RE-2024-17", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 2, 28),
                Money.EUR, null, null, buyer, "04011000-12345-34", vat, List.of(), totals, payment, preceding,
                List.of(), flags);
    }

    private static Totals totals(String amountDue, String grandTotal) {
        return new Totals(null, null, null, Money.euro("150.00"), Money.euro("19.00"), null,
                grandTotal == null ? null : Money.euro(grandTotal), null, null,
                amountDue == null ? null : Money.euro(amountDue));
    }

    private static InvoiceMapping.Mapped map(InvoiceRecord invoice) {
        return InvoiceMapping.map(invoice, "re.xml", CONTENT);
    }

    @Test
    void invoiceFieldsAreMapped() {
        InvoiceMapping.Mapped mapped = map(invoice("380", BUYER, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), List.of(), List.of()));

        assertThat(mapped.document().externalId()).isEqualTo("380:RE-2024-17");
        assertThat(mapped.document().kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(mapped.document().amountDue()).isEqualTo(Money.euro("169.00"));
        assertThat(mapped.document().dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(mapped.document().serviceFrom()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(mapped.document().buyerReference()).isEqualTo("04011000-12345-34");
        assertThat(mapped.document().safeSource()).isTrue();
        assertThat(mapped.document().original().sha256()).isEqualTo(OriginalDocument.sha256Of(CONTENT));
        assertThat(mapped.document().original().mediaType()).isEqualTo("application/xml");
        assertThat(mapped.document().terms().text()).isEqualTo("Zahlbar in 30 Tagen");
    }

    @Test
    void categoryWithoutRateGetsZeroPercent() {
        InvoiceMapping.Mapped mapped = map(invoice("380", BUYER, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), List.of(), List.of()));

        assertThat(mapped.document().vatLines()).hasSize(2);
        assertThat(mapped.document().vatLines().get(1).category()).isEqualTo("E");
        assertThat(mapped.document().vatLines().get(1).rate()).isEqualByComparingTo("0");
        assertThat(mapped.document().grossTotal()).isEqualTo(Money.euro("169.00"));
    }

    @Test
    void buyerBecomesDebtorByVatIdWithoutIds() {
        InvoiceMapping.Mapped mapped = map(invoice("380", BUYER, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), List.of(), List.of()));

        assertThat(mapped.debtor().externalId()).isEqualTo("vat:DE123456789");
        assertThat(mapped.debtor().vatId()).isEqualTo("DE123456789");
        assertThat(mapped.debtor().address().postalCode()).isEqualTo("10115");
        assertThat(mapped.debtor().ibans()).containsExactly("DE02120300000000202051");
        assertThat(mapped.document().debtorExternalId()).isEqualTo("vat:DE123456789");
    }

    @Test
    void ibanCheckDigitsAreChecked() {
        assertThat(InvoiceMapping.isValidIban("DE02120300000000202051")).isTrue();
        assertThat(InvoiceMapping.isValidIban("DE03120300000000202051")).isFalse();
        assertThat(InvoiceMapping.isValidIban("DEBITEDACCOUNTID")).isFalse();
        assertThat(InvoiceMapping.isValidIban(null)).isFalse();
    }

    @Test
    void debtorIdPrefersBuyerIdsThenName() {
        Party withId = new Party("Kunde AG", List.of(" K-4711 "), "DE123456789", null, null);
        Party nameOnly = new Party("  Kunde   AG ", List.of(), null, null, null);

        assertThat(InvoiceMapping.debtorExternalId(withId)).isEqualTo("id:K-4711");
        assertThat(InvoiceMapping.debtorExternalId(nameOnly)).isEqualTo("name:kunde ag");
    }

    @Test
    void buyerIdBecomesCustomerNumber() {
        Party withId = new Party("Kunde AG", List.of(" ", " K-4711 "), "DE123456789", null, null);
        InvoiceMapping.Mapped mapped = map(invoice("380", withId, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), List.of(), List.of()));

        assertThat(mapped.debtor().customerNumber()).isEqualTo("K-4711");
        assertThat(mapped.debtor().externalId()).isEqualTo("id:K-4711");
        assertThat(mapped.document().debtorExternalId()).isEqualTo("id:K-4711");
    }

    @Test
    void buyerWithoutIdHasNoCustomerNumber() {
        InvoiceMapping.Mapped mapped = map(invoice("380", BUYER, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), List.of(), List.of()));

        assertThat(mapped.debtor().customerNumber()).isNull();
    }

    @Test
    void missingBuyerGivesNoDebtor() {
        InvoiceMapping.Mapped mapped = map(invoice("380", null, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), List.of(), List.of()));

        assertThat(mapped.debtor()).isNull();
        assertThat(mapped.document().debtorExternalId()).isNull();
    }

    @Test
    void typeCodesMapToKinds() {
        Totals totals = totals("169.00", "169.00");
        List<PrecedingInvoice> preceding = List.of(new PrecedingInvoice("RE-2024-01", LocalDate.of(2024, 1, 2)));

        assertThat(map(invoice("381", BUYER, Profile.XRECHNUNG, Set.of(), totals, List.of(), preceding))
                .document().kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(map(invoice("384", BUYER, Profile.XRECHNUNG, Set.of(), totals, List.of(), preceding))
                .document().kind()).isEqualTo(DocumentKind.CORRECTED_INVOICE);
        assertThat(map(invoice("877", BUYER, Profile.XRECHNUNG, Set.of(), totals, List.of(), preceding))
                .document().kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(map(invoice(null, BUYER, Profile.NONE, Set.of(), totals, List.of(), preceding))
                .document().externalId()).isEqualTo("380:RE-2024-17");
        assertThat(map(invoice("381", BUYER, Profile.XRECHNUNG, Set.of(), totals, List.of(), preceding))
                .document().precedingNumber()).isEqualTo("RE-2024-01");
    }

    @Test
    void amountDueFallsBackToGrandTotal() {
        InvoiceMapping.Mapped mapped = map(invoice("380", BUYER, Profile.XRECHNUNG, Set.of(),
                totals(null, "169.00"), List.of(), List.of()));

        assertThat(mapped.document().amountDue()).isEqualTo(Money.euro("169.00"));
    }

    @Test
    void skontoTiersAreSortedByDays() {
        List<SkontoTier> tiers = List.of(new SkontoTier(14, new BigDecimal("2.00"), null, SkontoTier.Source.STRUCTURED),
                new SkontoTier(7, new BigDecimal("3.00"), null, SkontoTier.Source.TEXT_CONVENTION));

        InvoiceMapping.Mapped mapped = map(invoice("380", BUYER, Profile.XRECHNUNG, Set.of(),
                totals("169.00", "169.00"), tiers, List.of()));

        assertThat(mapped.document().terms().cashDiscounts()).containsExactly(
                new CashDiscountTier(7, new BigDecimal("3.00")), new CashDiscountTier(14, new BigDecimal("2.00")));
    }

    @Test
    void bookingAidIsNoSafeSource() {
        InvoiceRecord invoice = invoice("380", BUYER, Profile.MINIMUM, Set.of(InvoiceFlag.BOOKING_AID_ONLY),
                totals("169.00", "169.00"), List.of(), List.of());

        assertThat(map(invoice).document().safeSource()).isFalse();
        assertThat(ImportNotes.of(invoice)).extracting(note -> note.de()).anyMatch(text -> text.contains("Buchungshilfe"));
    }

    @Test
    void documentWithoutNumberUsesContentHash() {
        InvoiceRecord invoice = invoice("380", BUYER, Profile.XRECHNUNG, Set.of(), totals("169.00", "169.00"),
                List.of(), List.of());
        InvoiceRecord withoutNumber = new InvoiceRecord(invoice.sourceFormat(), invoice.container(), invoice.profile(),
                null, null, invoice.sourceTrust(), invoice.documentType(), invoice.typeCode(), null,
                invoice.issueDate(), null, null, invoice.currency(), null, null, BUYER, null, invoice.vatBreakdown(),
                List.of(), invoice.totals(), invoice.payment(), List.of(), List.of(), Set.of());

        assertThat(map(withoutNumber).document().externalId()).isEqualTo("sha256:" + OriginalDocument.sha256Of(CONTENT));
    }
}
