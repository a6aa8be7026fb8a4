package de.debitum.datacenter.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.debitum.api.model.CanonicalRecord;
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

/**
 * Generates benchmark records in groups of ten: one debtor, five invoices and four payments.
 * Every record depends only on its number, so a chunk can be generated without keeping earlier ones.
 */
final class GeneratedRecords {

    static final String ACCOUNT = "DE89370400440532013000";
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private GeneratedRecords() {
    }

    /** Generates records {@code from} (inclusive) to {@code to} (exclusive); both multiples of ten. */
    static List<CanonicalRecord> range(long from, long to) {
        List<CanonicalRecord> records = new ArrayList<>((int) (to - from));
        for (long group = from / 10; group < to / 10; group++) {
            String debtorId = "D" + group;
            records.add(debtor(debtorId));
            for (int i = 0; i < 5; i++) {
                records.add(invoice(group * 10 + i, debtorId));
            }
            for (int i = 5; i < 9; i++) {
                records.add(payment(group * 10 + i));
            }
        }
        return records;
    }

    static DebtorData debtor(String id) {
        return new DebtorData(id, "K" + id, "Kunde " + id + " GmbH",
                new PostalAddress("Industriestraße 7", null, "50667", "Köln", "DE"), "rechnung@" + id.toLowerCase() + ".example",
                "de", false, null, null, List.of());
    }

    static DocumentData invoice(long number, String debtorId) {
        Money net = Money.euro(BigDecimal.valueOf(100 + number % 9000, 2).add(BigDecimal.TEN));
        Money tax = net.percent(new BigDecimal("19"));
        LocalDate issued = START.plusDays(number % 365);
        byte[] xml = ("<rsm:CrossIndustryInvoice><ID>RE" + number + "</ID><Amount>" + net.plus(tax).amount()
                + "</Amount></rsm:CrossIndustryInvoice>").getBytes(StandardCharsets.UTF_8);
        return new DocumentData("I" + number, debtorId, DocumentKind.INVOICE, "RE" + number, issued, issued.plusDays(30),
                issued, issued, Money.EUR, List.of(new VatLine("S", new BigDecimal("19.00"), net, tax)), net.plus(tax),
                new PaymentTerms("#SKONTO#TAGE=10#PROZENT=2.00#", List.of(new CashDiscountTier(10, new BigDecimal("2.00")))),
                "PO" + number, null, null, OriginalDocument.of("RE" + number + ".xml", "application/xml", xml), true);
    }

    static PaymentData payment(long number) {
        return new PaymentData("P" + number, ACCOUNT, START.plusDays(number % 365), START.plusDays(number % 365),
                Money.euro(BigDecimal.valueOf(1000 + number % 90000, 2)), "Kunde D" + number / 10 + " GmbH",
                "DE02120300000000202051", "BYLADEM1001", "RE" + (number - 5) + " Kd KD" + number / 10, "E2E" + number,
                null, null, null, null, null, false);
    }
}
