package de.debitum.matching.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.Payment;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;
import de.debitum.matching.internal.engine.MatchingEngine;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Measures the matching engine on generated tenants: invoice-level precision and recall of the
 * automatic allocations, the suggestion rate, and throughput beside a plain hash join of exact
 * reference and amount as the lower bound of the work. Not a test: run it with
 * {@code java ... MatchingBench [invoices ...] [seed=N] [bar=0.90] [missed=N]}, where {@code bar}
 * is the confidence bar to measure with and {@code missed} prints up to N payments per scenario
 * whose true pairs were not all allocated automatically, with the engine's explanation.
 */
public final class MatchingBench {

    private static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    private MatchingBench() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        long seed = 20261204L;
        MatchingSettings settings = MatchingSettings.DEFAULTS;
        int missed = 0;
        for (String arg : args) {
            if (arg.startsWith("missed=")) {
                missed = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("seed=")) {
                seed = Long.parseLong(arg.substring(5));
            } else if (arg.startsWith("bar=")) {
                settings = new MatchingSettings(new BigDecimal(arg.substring(4)), settings.feeTolerance());
            } else {
                sizes.add(Integer.parseInt(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        for (int size : sizes) {
            if (size < 100 || size > 2_000_000) {
                throw new IllegalArgumentException("Invalid size " + size + ": use 100 to 2000000 invoices.");
            }
            run(size, seed, settings, missed);
        }
    }

    private static void run(int size, long seed, MatchingSettings settings, int missed) {
        GermanTenantGenerator.Tenant tenant = GermanTenantGenerator.generate(size, seed);
        List<Payment> payments = tenant.payments().stream().map(GermanTenantGenerator.TruePayment::payment).toList();
        MatchingEngine engine = new MatchingEngine(settings, Clock.fixed(NOW, ZoneOffset.UTC));

        // One warm-up run so the JIT has compiled the engine, then the measured run. The engine
        // hands out decisions one by one; the tally counts them, so no run keeps them all.
        engine.match(GermanTenantGenerator.TENANT, tenant.invoices(), tenant.debtors(), payments, List.of(),
                decision -> { });
        Map<Long, GermanTenantGenerator.TruePayment> truth = new HashMap<>();
        tenant.payments().forEach(p -> truth.put(p.payment().id(), p));
        Map<Long, OpenInvoice> invoices = new HashMap<>();
        tenant.invoices().forEach(invoice -> invoices.put(invoice.documentId(), invoice));
        Tally tally = new Tally(truth, invoices);
        MissedPairs examples = new MissedPairs(tenant, missed);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        engine.match(GermanTenantGenerator.TENANT, tenant.invoices(), tenant.debtors(), payments, List.of(),
                missed == 0 ? tally : tally.andThen(examples));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long joinStart = System.nanoTime();
        int joined = hashJoin(tenant.invoices(), payments);
        double joinSeconds = (System.nanoTime() - joinStart) / 1e9;

        report(size, seed, settings, tenant, tally, seconds, joined, joinSeconds);
        examples.print();
        // On a shared machine the wall clock includes waiting for a core; CPU time does not.
        System.out.printf(Locale.ROOT, "engine CPU time: %.2f s, %,.0f payments per CPU second%n", cpuSeconds,
                tally.total[0] / cpuSeconds);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used after GC, generated tenant still referenced: %d MiB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /**
     * Counts decisions per scenario as the engine hands them out. Per row: payments, true pairs,
     * automatic pairs, correct automatic pairs, suggestions, first suggestion right, unmatched,
     * and the correct automatic pairs that are right by {@link LegalEquivalence} only.
     */
    private static final class Tally implements Consumer<MatchDecision> {

        private final Map<Long, GermanTenantGenerator.TruePayment> truth;
        private final Map<Long, OpenInvoice> invoices;
        private final Map<GermanTenantGenerator.Scenario, long[]> rows = new EnumMap<>(GermanTenantGenerator.Scenario.class);
        private final long[] total = new long[8];

        Tally(Map<Long, GermanTenantGenerator.TruePayment> truth, Map<Long, OpenInvoice> invoices) {
            this.truth = truth;
            this.invoices = invoices;
        }

        @Override
        public void accept(MatchDecision decision) {
            GermanTenantGenerator.TruePayment payment = truth.get(decision.paymentId());
            long[] row = rows.computeIfAbsent(payment.scenario(), k -> new long[8]);
            long[] counts = count(decision, payment, invoices);
            for (int i = 0; i < counts.length; i++) {
                row[i] += counts[i];
                total[i] += counts[i];
            }
        }
    }

    /** Counts the payments whose text contains an invoice number verbatim with the exact amount: the lower bound of the work. */
    private static int hashJoin(List<OpenInvoice> invoices, List<Payment> payments) {
        Map<String, OpenInvoice> byNumber = new HashMap<>();
        for (OpenInvoice invoice : invoices) {
            byNumber.put(invoice.number(), invoice);
        }
        int matched = 0;
        for (Payment payment : payments) {
            String text = payment.data().remittanceText();
            if (text == null) {
                continue;
            }
            for (String token : text.split("\\s+")) {
                OpenInvoice invoice = byNumber.get(token);
                if (invoice != null && invoice.open().equals(payment.data().amount())) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static void report(int size, long seed, MatchingSettings settings, GermanTenantGenerator.Tenant tenant,
                               Tally tally, double seconds, int joined, double joinSeconds) {
        Map<GermanTenantGenerator.Scenario, long[]> rows = tally.rows;
        long[] total = tally.total;
        long payments = total[0];

        System.out.printf(Locale.ROOT, "%n%,d invoices, %,d debtors, %,d payments (seed %d, confidence bar %s)%n",
                size, tenant.debtors().size(), payments, seed, settings.confidenceBar());
        System.out.printf(Locale.ROOT, "%-20s %9s %8s %8s %8s %8s %8s %8s %9s%n", "scenario", "payments", "pairs",
                "auto ok", "by 366", "auto bad", "suggest", "1st ok", "unmatched");
        for (Map.Entry<GermanTenantGenerator.Scenario, long[]> entry : rows.entrySet()) {
            printRow(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
        }
        printRow("all", total);
        long autoPairs = total[2];
        double precision = autoPairs == 0 ? 1 : (double) total[3] / autoPairs;
        double recall = (double) total[3] / total[1];
        System.out.printf(Locale.ROOT, "precision of automatic allocations (invoice level): %.4f (%d wrong of %d)%n",
                precision, autoPairs - total[3], autoPairs);
        System.out.printf(Locale.ROOT, "right only by § 366 Abs. 2 BGB (payer named no invoice, same debtor and amounts): "
                + "%d; precision without them %.4f%n", total[7],
                autoPairs == 0 ? 1 : (double) (total[3] - total[7]) / autoPairs);
        System.out.printf(Locale.ROOT, "recall (true invoice-payment pairs allocated automatically): %.4f%n", recall);
        System.out.printf(Locale.ROOT, "suggestion rate: %.4f of payments, first suggestion right in %.4f%n",
                (double) total[4] / payments, total[4] == 0 ? 0 : (double) total[5] / total[4]);
        System.out.printf(Locale.ROOT, "engine: %.2f s, %,.0f payments/s; hash join of exact cases: %.3f s, "
                + "%,.0f payments/s (%,d matched)%n", seconds, payments / seconds, joinSeconds,
                payments / joinSeconds, joined);
    }

    private static long[] count(MatchDecision decision, GermanTenantGenerator.TruePayment truth,
                                Map<Long, OpenInvoice> invoices) {
        Set<Long> settles = truth.settles();
        long[] counts = new long[8];
        counts[0] = 1;
        counts[1] = settles.size();
        if (decision.outcome() == Outcome.AUTOMATIC) {
            List<Long> paid = paidDocuments(decision.applied());
            boolean equivalent = LegalEquivalence.equivalent(truth, paid, invoices);
            for (long document : paid) {
                counts[2]++;
                if (settles.contains(document)) {
                    counts[3]++;
                } else if (equivalent) {
                    counts[3]++;
                    counts[7]++;
                }
            }
        } else if (decision.outcome() == Outcome.SUGGESTION) {
            counts[4] = 1;
            List<Long> first = paidDocuments(decision.proposals().get(0));
            counts[5] = !first.isEmpty() && settles.containsAll(first) && first.containsAll(settles) ? 1 : 0;
        } else if (decision.outcome() == Outcome.UNMATCHED) {
            counts[6] = 1;
        }
        return counts;
    }

    /** Returns the documents that the proposal's payment allocations settle, each once. */
    static List<Long> paidDocuments(Proposal proposal) {
        return proposal.allocations().stream().filter(a -> a.kind() == AllocationKind.PAYMENT)
                .map(Allocation::documentId).distinct().toList();
    }

    private static void printRow(String name, long[] row) {
        System.out.printf(Locale.ROOT, "%-20s %9d %8d %8d %8d %8d %8d %8d %9d%n", name, row[0], row[1], row[3],
                row[7], row[2] - row[3], row[4], row[5], row[6]);
    }
}
