package de.debitum.matching.internal.engine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchingSettings;

/** Builds the engine's input for one test: debtors, open items and payments of one tenant. */
final class Scenario {

    static final TenantId TENANT = TenantId.of("muster-gmbh");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDate ISSUED = LocalDate.of(2026, 2, 1);
    static final String HUBER_IBAN = "DE89370400440532013000";
    static final String SCHULZ_IBAN = "DE75512108001245126199";
    static final String STRANGER_IBAN = "DE02120300000000202051";
    static final PaymentTerms TWO_PERCENT_TEN_DAYS = new PaymentTerms("2 % Skonto bei Zahlung innerhalb 10 Tagen",
            List.of(new CashDiscountTier(10, new BigDecimal("2"))));

    final List<DebtorProfile> debtors = new ArrayList<>();
    final List<OpenInvoice> items = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Allocation> earlier = new ArrayList<>();
    MatchingSettings settings = MatchingSettings.DEFAULTS;
    private long nextPayment = 1000;

    Scenario debtor(long id, String name, String... ibans) {
        debtors.add(new DebtorProfile(id, name, "K" + id, List.of(ibans)));
        return this;
    }

    Scenario invoice(long id, long debtorId, String number, String amount) {
        return invoice(id, debtorId, number, amount, PaymentTerms.NONE);
    }

    Scenario invoice(long id, long debtorId, String number, String amount, PaymentTerms terms) {
        items.add(new OpenInvoice(id, debtorId, number, DocumentKind.INVOICE, ISSUED.plusDays(id % 7),
                ISSUED.plusDays(30 + id % 7), Money.euro(amount), Money.euro(amount), terms));
        return this;
    }

    Scenario creditNote(long id, long debtorId, String number, String amount) {
        items.add(new OpenInvoice(id, debtorId, number, DocumentKind.CREDIT_NOTE, ISSUED, null, Money.euro(amount),
                Money.euro(amount).negate(), PaymentTerms.NONE));
        return this;
    }

    /** Adds an incoming payment booked on {@code booked}; returns its id. */
    long pay(String amount, String name, String iban, String text, LocalDate booked) {
        return add(new PaymentData("tx" + nextPayment, "DE44500105175407324931", booked, booked, Money.euro(amount), name,
                iban, null, text, null, null, null, null, null, null, false), null);
    }

    long pay(String amount, String name, String iban, String text) {
        return pay(amount, name, iban, text, ISSUED.plusDays(20));
    }

    long add(PaymentData data, Long duplicateOf) {
        long id = nextPayment++;
        payments.add(new Payment(id, TENANT, "bank", data, duplicateOf, NOW, NOW));
        return id;
    }

    List<MatchDecision> run() {
        return new MatchingEngine(settings, Clock.fixed(NOW, ZoneOffset.UTC)).match(TENANT, items, debtors, payments,
                earlier);
    }

    MatchDecision only() {
        List<MatchDecision> decisions = run();
        if (decisions.size() != 1) {
            throw new IllegalStateException("Expected one decision, got " + decisions);
        }
        return decisions.get(0);
    }
}
