package de.debitum.matching.internal.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.money.Money;
import de.debitum.matching.internal.engine.OpenInvoice;

class AmountRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 2, 1);
    private static final PaymentTerms SKONTO = new PaymentTerms("3 % in 7 Tagen, 2 % in 14 Tagen",
            List.of(new CashDiscountTier(7, new BigDecimal("3")), new CashDiscountTier(14, new BigDecimal("2"))));

    private final AmountRules rules = new AmountRules(Money.euro("5.00"));

    private static OpenInvoice invoice(long id, String amount, PaymentTerms terms) {
        return new OpenInvoice(id, 1, "RE-" + id, DocumentKind.INVOICE, ISSUED, ISSUED.plusDays(30), Money.euro(amount),
                Money.euro(amount), terms);
    }

    private static OpenInvoice creditNote(long id, String amount) {
        return new OpenInvoice(id, 1, "GS-" + id, DocumentKind.CREDIT_NOTE, ISSUED, null, Money.euro(amount),
                Money.euro(amount).negate(), PaymentTerms.NONE);
    }

    private AmountFit fit(String amount, int day, OpenInvoice... invoices) {
        return rules.fit(List.of(invoices), List.of(), Money.euro(amount), ISSUED.plusDays(day));
    }

    @Test
    void exactAmountFits() {
        AmountFit fit = fit("119.00", 20, invoice(1, "119.00", PaymentTerms.NONE));

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.EXACT);
        assertThat(fit.shares().get(0).payment()).isEqualTo(Money.euro("119.00"));
    }

    @Test
    void bestTierWithinItsDaysApplies() {
        AmountFit early = fit("970.00", 5, invoice(1, "1000.00", SKONTO));
        AmountFit later = fit("980.00", 12, invoice(1, "1000.00", SKONTO));

        assertThat(early.kind()).isEqualTo(AmountFit.Kind.CASH_DISCOUNT);
        assertThat(early.shares().get(0).discount()).isEqualTo(Money.euro("30.00"));
        assertThat(later.kind()).isEqualTo(AmountFit.Kind.CASH_DISCOUNT);
        assertThat(later.shares().get(0).discount()).isEqualTo(Money.euro("20.00"));
    }

    @Test
    void threePercentAfterSevenDaysIsLate() {
        AmountFit fit = fit("970.00", 12, invoice(1, "1000.00", SKONTO));

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.CASH_DISCOUNT_LATE);
        assertThat(fit.discountDays()).isEqualTo(12);
    }

    @Test
    void payerRoundingOfDiscountAccepted() {
        PaymentTerms twoPercent = new PaymentTerms(null, List.of(new CashDiscountTier(10, new BigDecimal("2"))));
        AmountFit fit = fit("1166.21", 5, invoice(1, "1190.00", twoPercent));

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.CASH_DISCOUNT);
        assertThat(fit.shares().get(0).payment()).isEqualTo(Money.euro("1166.21"));
        assertThat(fit.shares().get(0).discount()).isEqualTo(Money.euro("23.79"));
    }

    @Test
    void bankFeeUpToToleranceOnly() {
        assertThat(fit("495.00", 20, invoice(1, "500.00", PaymentTerms.NONE)).kind()).isEqualTo(AmountFit.Kind.BANK_FEE);
        assertThat(fit("494.99", 20, invoice(1, "500.00", PaymentTerms.NONE)).kind()).isEqualTo(AmountFit.Kind.PARTIAL);
    }

    @Test
    void partialPaysOldestFirst() {
        OpenInvoice older = invoice(1, "100.00", PaymentTerms.NONE);
        OpenInvoice newer = new OpenInvoice(2, 1, "RE-2", DocumentKind.INVOICE, ISSUED.plusDays(5), ISSUED.plusDays(35),
                Money.euro("100.00"), Money.euro("100.00"), PaymentTerms.NONE);

        AmountFit fit = fit("150.00", 40, newer, older);

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.PARTIAL);
        assertThat(fit.shares()).extracting(share -> share.invoice().documentId()).containsExactly(1L, 2L);
        assertThat(fit.shares()).extracting(AmountFit.Share::payment)
                .containsExactly(Money.euro("100.00"), Money.euro("50.00"));
    }

    @Test
    void overpaymentKeepsSurplus() {
        AmountFit fit = fit("130.00", 20, invoice(1, "119.00", PaymentTerms.NONE));

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.OVERPAYMENT);
        assertThat(fit.surplus()).isEqualTo(Money.euro("11.00"));
        assertThat(fit.shares().get(0).payment()).isEqualTo(Money.euro("119.00"));
    }

    @Test
    void creditNoteNettedBeforePayment() {
        AmountFit fit = rules.fit(List.of(invoice(1, "300.00", PaymentTerms.NONE), invoice(2, "200.00", PaymentTerms.NONE)),
                List.of(creditNote(3, "350.00")), Money.euro("150.00"), ISSUED.plusDays(40));

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.EXACT);
        assertThat(fit.creditUses()).extracting(use -> use.invoice().documentId(), AmountFit.CreditUse::amount)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1L, Money.euro("300.00")),
                        org.assertj.core.api.Assertions.tuple(2L, Money.euro("50.00")));
        assertThat(fit.shares()).extracting(AmountFit.Share::payment)
                .containsExactly(Money.euro("0.00"), Money.euro("150.00"));
    }

    @Test
    void otherCurrencyGetsNoFeeRule() {
        OpenInvoice dollars = new OpenInvoice(1, 1, "RE-1", DocumentKind.INVOICE, ISSUED, ISSUED.plusDays(30),
                Money.of("500.00", "USD"), Money.of("500.00", "USD"), PaymentTerms.NONE);

        AmountFit fit = rules.fit(List.of(dollars), List.of(), Money.of("498.00", "USD"), ISSUED.plusDays(20));

        assertThat(fit.kind()).isEqualTo(AmountFit.Kind.PARTIAL);
    }

    @Test
    void partlyPaidInvoiceGetsNoDiscount() {
        OpenInvoice partlyPaid = new OpenInvoice(1, 1, "RE-1", DocumentKind.INVOICE, ISSUED, ISSUED.plusDays(30),
                Money.euro("1000.00"), Money.euro("500.00"), SKONTO);

        assertThat(AmountRules.discountOn(partlyPaid, ISSUED.plusDays(3), true).isZero()).isTrue();
    }
}
