package de.debitum.matching.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.Payment;
import de.debitum.api.money.Money;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.matching.internal.engine.DebtorProfile;
import de.debitum.matching.internal.engine.MatchingEngine;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Repeats in memory what a second {@code DefaultMatchingService.match} over the same data does:
 * the engine runs again over the payments without an allocation, against the open items the
 * first run left and with the IBANs it learned. It prints how many payments the second run
 * allocates, how many of their pairs are right, and each wrong one with the engine's explanation.
 * Not a test: run it with {@code java ... SecondRunCheck [invoices] [seed=N]}.
 */
public final class SecondRunCheck {

    private static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    private SecondRunCheck() {
    }

    public static void main(String[] args) {
        int size = 10_000;
        long seed = 20261204L;
        for (String arg : args) {
            if (arg.startsWith("seed=")) {
                seed = Long.parseLong(arg.substring(5));
            } else {
                size = Integer.parseInt(arg);
            }
        }
        GermanTenantGenerator.Tenant tenant = GermanTenantGenerator.generate(size, seed);
        List<Payment> payments = tenant.payments().stream().map(GermanTenantGenerator.TruePayment::payment).toList();
        MatchingEngine engine = new MatchingEngine(MatchingSettings.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));

        List<MatchDecision> automatic = new ArrayList<>();
        engine.match(GermanTenantGenerator.TENANT, tenant.invoices(), tenant.debtors(), payments, List.of(), decision -> {
            if (decision.outcome() == Outcome.AUTOMATIC) {
                automatic.add(decision);
            }
        });

        // The open items after the first run: every allocation lowers its document's open amount.
        Map<Long, Money> open = new HashMap<>();
        tenant.invoices().forEach(invoice -> open.put(invoice.documentId(), invoice.open()));
        Map<Long, Set<String>> learnedIbans = new HashMap<>();
        Map<Long, Payment> paymentsById = new HashMap<>();
        payments.forEach(payment -> paymentsById.put(payment.id(), payment));
        Set<Long> allocated = new HashSet<>();
        Map<Long, MatchDecision> firstRunByDocument = new HashMap<>();
        for (MatchDecision decision : automatic) {
            allocated.add(decision.paymentId());
            for (Allocation allocation : decision.applied().allocations()) {
                firstRunByDocument.put(allocation.documentId(), decision);
                open.computeIfPresent(allocation.documentId(), (id, amount) -> amount.minus(allocation.amount()));
            }
            String iban = paymentsById.get(decision.paymentId()).data().counterpartyIban();
            learnedIbans.computeIfAbsent(decision.applied().debtorId(), k -> new HashSet<>()).add(iban);
        }
        List<OpenInvoice> openItems = new ArrayList<>();
        for (OpenInvoice invoice : tenant.invoices()) {
            Money left = open.get(invoice.documentId());
            if (!left.isZero()) {
                openItems.add(new OpenInvoice(invoice.documentId(), invoice.debtorId(), invoice.number(), invoice.kind(),
                        invoice.issueDate(), invoice.dueDate(), invoice.amountDue(), left, invoice.terms()));
            }
        }
        List<DebtorProfile> debtors = new ArrayList<>();
        for (DebtorProfile debtor : tenant.debtors()) {
            List<String> ibans = new ArrayList<>(debtor.ibans());
            learnedIbans.getOrDefault(debtor.id(), Set.of()).stream().filter(iban -> !ibans.contains(iban))
                    .sorted().forEach(ibans::add);
            debtors.add(new DebtorProfile(debtor.id(), debtor.name(), debtor.customerNumber(), ibans));
        }
        List<Payment> pending = payments.stream().filter(payment -> !allocated.contains(payment.id())).toList();

        Map<Long, GermanTenantGenerator.TruePayment> truth = new HashMap<>();
        tenant.payments().forEach(payment -> truth.put(payment.payment().id(), payment));
        Map<Long, OpenInvoice> invoices = new HashMap<>();
        tenant.invoices().forEach(invoice -> invoices.put(invoice.documentId(), invoice));
        MissedPairs wrong = new MissedPairs(tenant, 20);
        long[] counts = new long[3];
        engine.match(GermanTenantGenerator.TENANT, openItems, debtors, pending, List.of(), decision -> {
            if (decision.outcome() != Outcome.AUTOMATIC) {
                return;
            }
            GermanTenantGenerator.TruePayment payment = truth.get(decision.paymentId());
            List<Long> paid = MatchingBench.paidDocuments(decision.applied());
            boolean equivalent = LegalEquivalence.equivalent(payment, paid, invoices);
            counts[0]++;
            for (long document : paid) {
                counts[1]++;
                if (payment.settles().contains(document) || equivalent) {
                    counts[2]++;
                }
            }
            if (!equivalent && !payment.settles().containsAll(paid)) {
                for (long document : payment.settles()) {
                    MatchDecision settledBy = firstRunByDocument.get(document);
                    if (settledBy != null) {
                        GermanTenantGenerator.TruePayment other = truth.get(settledBy.paymentId());
                        System.out.printf(Locale.ROOT, "payment %d: its true invoice %s was allocated in the first run"
                                        + " to payment %d (%s, rule %s, truly for %s, text '%s')%n", decision.paymentId(),
                                invoices.get(document).number(), settledBy.paymentId(), other.scenario(),
                                settledBy.applied().explanation().rule(),
                                other.settles().stream().map(id -> invoices.get(id).number()).toList(),
                                other.payment().data().remittanceText());
                    }
                }
            }
            wrong.accept(decision);
        });
        System.out.printf(Locale.ROOT, "%,d invoices (seed %d): first run %,d automatic; second run over %,d pending"
                        + " payments allocated %,d with %,d payment pairs, %,d of them right%n", size, seed,
                automatic.size(), pending.size(), counts[0], counts[1], counts[2]);
        System.out.println("Second-run allocations whose pairs are not all true (true pairs missed or wrong):");
        wrong.print();
    }
}
