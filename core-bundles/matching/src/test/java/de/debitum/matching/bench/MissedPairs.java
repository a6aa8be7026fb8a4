package de.debitum.matching.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import de.debitum.api.model.PaymentData;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.Outcome;
import de.debitum.matching.Proposal;
import de.debitum.matching.internal.engine.DebtorProfile;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Collects examples of payments whose true pairs the engine did not all allocate automatically,
 * per scenario, and prints them with the true invoices and the engine's explanation. A
 * diagnostic for finding where recall is lost. It keeps at most {@code limit} per scenario and
 * counts all of them by the engine's outcome and first rule.
 */
final class MissedPairs implements Consumer<MatchDecision> {

    private final Map<Long, GermanTenantGenerator.TruePayment> truth = new HashMap<>();
    private final Map<Long, OpenInvoice> invoices = new HashMap<>();
    private final Map<Long, DebtorProfile> debtors = new HashMap<>();
    private final int limit;
    private final Map<GermanTenantGenerator.Scenario, List<String>> examples =
            new EnumMap<>(GermanTenantGenerator.Scenario.class);
    private final Map<GermanTenantGenerator.Scenario, Map<String, Integer>> causes =
            new EnumMap<>(GermanTenantGenerator.Scenario.class);

    MissedPairs(GermanTenantGenerator.Tenant tenant, int limit) {
        tenant.payments().forEach(payment -> truth.put(payment.payment().id(), payment));
        tenant.invoices().forEach(invoice -> invoices.put(invoice.documentId(), invoice));
        tenant.debtors().forEach(debtor -> debtors.put(debtor.id(), debtor));
        this.limit = limit;
    }

    @Override
    public void accept(MatchDecision decision) {
        GermanTenantGenerator.TruePayment payment = truth.get(decision.paymentId());
        Set<Long> settles = payment.settles();
        if (settles.isEmpty()) {
            return;
        }
        List<Long> paid = decision.outcome() == Outcome.AUTOMATIC ? MatchingBench.paidDocuments(decision.applied()) : List.of();
        if (paid.containsAll(settles) || LegalEquivalence.equivalent(payment, paid, invoices)) {
            return;
        }
        String cause = decision.outcome() + " " + (decision.proposals().isEmpty() ? "-"
                : decision.proposals().get(0).explanation().rule());
        causes.computeIfAbsent(payment.scenario(), k -> new HashMap<>()).merge(cause, 1, Integer::sum);
        List<String> list = examples.computeIfAbsent(payment.scenario(), k -> new ArrayList<>());
        if (list.size() < limit) {
            list.add(describe(payment, decision));
        }
    }

    void print() {
        for (Map.Entry<GermanTenantGenerator.Scenario, List<String>> entry : examples.entrySet()) {
            System.out.printf(Locale.ROOT, "%n== missed: %s, by outcome and first rule: %s%n",
                    entry.getKey().name().toLowerCase(Locale.ROOT), causes.get(entry.getKey()));
            entry.getValue().forEach(System.out::println);
        }
    }

    private String describe(GermanTenantGenerator.TruePayment truePayment, MatchDecision decision) {
        PaymentData data = truePayment.payment().data();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "payment %d booked %s amount %s payer '%s' text '%s'%n",
                truePayment.payment().id(), data.bookingDate(), data.amount(), data.counterpartyName(),
                data.remittanceText() == null ? "" : data.remittanceText().replace('\n', '|')));
        for (long id : new TreeSet<>(truePayment.settles())) {
            OpenInvoice invoice = invoices.get(id);
            DebtorProfile debtor = debtors.get(invoice.debtorId());
            text.append(String.format(Locale.ROOT, "  true: %s debtor %d '%s' amount %s issued %s due %s%n",
                    invoice.number(), debtor.id(), debtor.name(), invoice.open(), invoice.issueDate(),
                    invoice.dueDate()));
        }
        text.append("  outcome ").append(decision.outcome());
        if (decision.reasonEn() != null) {
            text.append(": ").append(decision.reasonEn());
        }
        text.append('\n');
        int rank = 1;
        for (Proposal proposal : decision.proposals()) {
            List<String> numbers = MatchingBench.paidDocuments(proposal).stream().map(id -> invoices.get(id).number()).toList();
            text.append(String.format(Locale.ROOT, "  %d. %s %s%n", rank++, numbers, proposal.explanation().english()));
        }
        return text.toString();
    }
}
