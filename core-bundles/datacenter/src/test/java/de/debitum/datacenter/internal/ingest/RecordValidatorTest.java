package de.debitum.datacenter.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.Records;

class RecordValidatorTest {

    private static DocumentData withTerms(DocumentData data, PaymentTerms terms) {
        return new DocumentData(data.externalId(), data.debtorExternalId(), data.kind(), data.number(), data.issueDate(),
                data.dueDate(), data.serviceFrom(), data.serviceTo(), data.currency(), data.vatLines(), data.amountDue(),
                terms, data.orderReference(), data.buyerReference(), data.precedingNumber(), data.original(), data.safeSource());
    }

    @Test
    void validRecordsPass() {
        assertThat(RecordValidator.validate(Records.debtor("d1"))).isEmpty();
        assertThat(RecordValidator.validate(Records.invoice("1", "d1", "10.00"))).isEmpty();
        assertThat(RecordValidator.validate(Records.payment("p1", "-10.00", "E2E"))).isEmpty();
    }

    @Test
    void ibanCheckDigitsChecked() {
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("DE89370400440532013001")).isFalse();
        assertThat(Iban.isValid("de89370400440532013000")).isFalse();
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isFalse();
    }

    @Test
    void skontoPercentMustBeBelowHundred() {
        DocumentData invoice = withTerms(Records.invoice("1", "d1", "10.00"),
                new PaymentTerms(null, List.of(new CashDiscountTier(10, new BigDecimal("100")))));

        Optional<Rejection> rejection = RecordValidator.validate(invoice);

        assertThat(rejection).contains(new Rejection("document", "1", "terms.cashDiscounts.percent", "100",
                "a percentage above 0 and below 100"));
    }

    @Test
    void cancellationNeedsPrecedingInvoice() {
        DocumentData invoice = Records.invoice("1", "d1", "10.00");
        DocumentData cancellation = new DocumentData("1", "d1", DocumentKind.CANCELLATION, "ST-1", invoice.issueDate(),
                null, null, null, invoice.currency(), invoice.vatLines(), invoice.amountDue(), null, null, null, null,
                null, true);

        assertThat(RecordValidator.validate(cancellation)).get().extracting(Rejection::field).isEqualTo("precedingNumber");
    }

    @Test
    void originalHashMustMatchContent() {
        DocumentData invoice = Records.invoice("1", "d1", "10.00");
        OriginalDocument tampered = new OriginalDocument("a.xml", "application/xml", new byte[] {1, 2}, "00ff");
        DocumentData withTampered = new DocumentData("1", "d1", DocumentKind.INVOICE, "RE-1", invoice.issueDate(), null,
                null, null, invoice.currency(), invoice.vatLines(), invoice.amountDue(), null, null, null, null, tampered, true);

        assertThat(RecordValidator.validate(withTampered)).get().extracting(Rejection::field).isEqualTo("original.sha256");
    }

    @Test
    void amountInOtherCurrencyRejected() {
        PaymentData payment = Records.payment("p1", "10.00", null);
        DocumentData invoice = Records.invoice("1", "d1", "10.00");
        DocumentData mixed = new DocumentData("1", "d1", DocumentKind.INVOICE, "RE-1", invoice.issueDate(), null, null,
                null, invoice.currency(), invoice.vatLines(), Money.of("11.90", "CHF"), null, null, null, null, null, true);

        assertThat(RecordValidator.validate(mixed)).get().extracting(Rejection::field, Rejection::value)
                .containsExactly("amountDue", "11.90 CHF");
        assertThat(payment.amount().currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void zeroPaymentRejected() {
        PaymentData zero = new PaymentData("p0", Records.ACCOUNT, Records.payment("p", "1", null).bookingDate(), null,
                Money.euro("0.00"), null, null, null, null, null, null, null, null, null, null, false);

        assertThat(RecordValidator.validate(zero)).get().extracting(Rejection::field, Rejection::rule)
                .containsExactly("amount", "not zero");
    }
}
