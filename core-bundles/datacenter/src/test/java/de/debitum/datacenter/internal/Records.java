package de.debitum.datacenter.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;

/** Canonical records for tests, valid unless a test changes them. */
public final class Records {

    /** The tenant's bank account (a valid German test IBAN). */
    public static final String ACCOUNT = "DE89370400440532013000";
    /** A customer's account. */
    public static final String CUSTOMER_IBAN = "DE02120300000000202051";

    private Records() {
    }

    public static DebtorData debtor(String externalId) {
        return new DebtorData(externalId, "K-" + externalId, "Müller Maschinenbau GmbH",
                new PostalAddress("Hauptstraße 1", null, "80331", "München", "DE"), "buchhaltung@mueller.example",
                "de", false, "DE123456789", null, List.of(CUSTOMER_IBAN));
    }

    /** Builds an invoice over {@code net} plus 19 % VAT, issued 2026-02-01, due 2026-03-03, with 2 % Skonto in 10 days. */
    public static DocumentData invoice(String externalId, String debtorExternalId, String net) {
        Money netAmount = Money.euro(net);
        Money tax = netAmount.percent(new BigDecimal("19"));
        return new DocumentData(externalId, debtorExternalId, DocumentKind.INVOICE, "RE-" + externalId,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                Money.EUR, List.of(new VatLine("S", new BigDecimal("19.00"), netAmount, tax)), netAmount.plus(tax),
                new PaymentTerms("#SKONTO#TAGE=10#PROZENT=2.00#", List.of(new CashDiscountTier(10, new BigDecimal("2.00")))),
                "PO-4711", null, null,
                OriginalDocument.of(externalId + ".xml", "application/xml",
                        ("<Invoice id='" + externalId + "'/>").getBytes(StandardCharsets.UTF_8)),
                true);
    }

    public static DocumentData creditNote(String externalId, String debtorExternalId, String gross) {
        DocumentData invoice = invoice(externalId, debtorExternalId, "0");
        Money amount = Money.euro(gross);
        return new DocumentData(externalId, debtorExternalId, DocumentKind.CREDIT_NOTE, "GS-" + externalId,
                invoice.issueDate(), null, null, null, Money.EUR,
                List.of(new VatLine("S", new BigDecimal("19.00"), amount, Money.euro("0"))), amount, null,
                null, null, "RE-1", null, true);
    }

    public static PaymentData payment(String externalId, String amount, String endToEndId) {
        return new PaymentData(externalId, ACCOUNT, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 20),
                Money.euro(amount), "Müller Maschinenbau GmbH", CUSTOMER_IBAN, "COBADEFFXXX",
                "RE-1 Kd K-1", endToEndId, null, null, null, null, null, false);
    }

    /** Returns the invoice with another due date. */
    public static DocumentData withDueDate(DocumentData data, LocalDate dueDate) {
        return new DocumentData(data.externalId(), data.debtorExternalId(), data.kind(), data.number(), data.issueDate(),
                dueDate, data.serviceFrom(), data.serviceTo(), data.currency(), data.vatLines(), data.amountDue(),
                data.terms(), data.orderReference(), data.buyerReference(), data.precedingNumber(), data.original(),
                data.safeSource());
    }

    /** Returns the invoice with another number. */
    public static DocumentData withNumber(DocumentData data, String number) {
        return new DocumentData(data.externalId(), data.debtorExternalId(), data.kind(), number, data.issueDate(),
                data.dueDate(), data.serviceFrom(), data.serviceTo(), data.currency(), data.vatLines(), data.amountDue(),
                data.terms(), data.orderReference(), data.buyerReference(), data.precedingNumber(), data.original(),
                data.safeSource());
    }
}
