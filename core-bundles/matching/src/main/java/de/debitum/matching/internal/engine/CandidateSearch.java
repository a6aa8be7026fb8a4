package de.debitum.matching.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;
import de.debitum.matching.Evidence;
import de.debitum.matching.internal.amount.AmountFit;
import de.debitum.matching.internal.amount.AmountRules;
import de.debitum.matching.internal.amount.SubsetSearch;
import de.debitum.matching.internal.debtor.DebtorDirectory;
import de.debitum.matching.internal.reference.ReferenceHit;
import de.debitum.matching.internal.reference.ReferenceIndex;

/**
 * Finds and scores the candidates for one incoming payment: first through the document numbers
 * its texts name, then through the debtor its IBAN or name points to, last through the amount
 * alone. A candidate's confidence adds up three parts: the reference (up to 0.55), the amount
 * rule (up to 0.45) and the debtor evidence (up to 0.45 without a reference, 0.15 with one).
 */
final class CandidateSearch {

    /** Hits on more invoices than this are not combined into subsets. */
    private static final int MAX_REFERENCED = 6;
    private static final double STRONG_NAME = 0.9;
    private static final double NAME = 0.75;

    private final ReferenceIndex references;
    private final DebtorDirectory debtors;
    private final OpenBook book;
    private final AmountRules rules;

    CandidateSearch(ReferenceIndex references, DebtorDirectory debtors, OpenBook book, AmountRules rules) {
        this.references = references;
        this.debtors = debtors;
        this.book = book;
        this.rules = rules;
    }

    /** Returns the candidates for a payment with a positive amount, best first. */
    List<Candidate> search(PaymentData payment) {
        List<Candidate> candidates = new ArrayList<>(byReference(payment));
        boolean referenceFits = candidates.stream().anyMatch(c -> c.fit().kind() != AmountFit.Kind.PARTIAL
                && c.fit().kind() != AmountFit.Kind.OVERPAYMENT);
        if (!referenceFits) {
            candidates.addAll(byDebtor(payment));
        }
        if (candidates.isEmpty()) {
            candidates.addAll(byAmountOnly(payment));
        }
        candidates.sort(Comparator.comparing(Candidate::confidence).reversed()
                .thenComparing(candidate -> candidate.documents().toString()));
        return candidates;
    }

    private List<Candidate> byReference(PaymentData payment) {
        Map<Long, List<ReferenceHit>> hitsByDebtor = new LinkedHashMap<>();
        for (ReferenceHit hit : references.find(payment.remittanceText(), payment.endToEndId(),
                payment.creditorReference())) {
            OpenInvoice item = book.open(hit.documentId());
            // An item in another currency cannot be settled by this payment; the store rejects mixed currencies.
            if (item != null && item.open().currency().equals(payment.amount().currency())) {
                hitsByDebtor.computeIfAbsent(item.debtorId(), k -> new ArrayList<>()).add(hit);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Long, List<ReferenceHit>> entry : hitsByDebtor.entrySet()) {
            Candidate candidate = referenceCandidate(payment, entry.getKey(), entry.getValue());
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private Candidate referenceCandidate(PaymentData payment, long debtorId, List<ReferenceHit> hits) {
        List<OpenInvoice> invoices = new ArrayList<>();
        List<OpenInvoice> creditNotes = new ArrayList<>();
        for (ReferenceHit hit : hits) {
            OpenInvoice item = book.open(hit.documentId());
            (item.isCreditNote() ? creditNotes : invoices).add(item);
        }
        if (invoices.isEmpty()) {
            return null;
        }
        AmountFit fit = bestReferencedFit(invoices, creditNotes, debtorId, payment);
        ReferenceHit weakest = hits.stream().filter(hit -> settles(fit, hit.documentId()))
                .max(Comparator.comparing(ReferenceHit::strength)).orElse(hits.get(0));

        List<Evidence> evidence = new ArrayList<>();
        for (ReferenceHit hit : hits) {
            if (settles(fit, hit.documentId())) {
                evidence.add(Texts.reference(hit, book.any(hit.documentId()).number()));
            }
        }
        double score = switch (weakest.strength()) {
            case CREDITOR_REFERENCE -> 0.55;
            case NORMALIZED -> 0.5;
            case CORRECTED -> 0.45;
        };
        score += switch (fit.kind()) {
            case EXACT -> 0.35;
            case CASH_DISCOUNT -> 0.33;
            case BANK_FEE -> 0.3;
            case PARTIAL, OVERPAYMENT -> 0.25;
            case CASH_DISCOUNT_LATE -> 0.05;
        };
        evidence.add(Texts.amount(fit, payment.amount(), true));
        score += payerScoreWithReference(payment, debtorId, evidence);
        return new Candidate("reference+" + ruleSuffix(fit), debtorId, fit, confidence(score), evidence);
    }

    /**
     * Fits the referenced items. When they do not fit exactly, it tries the debtor's other credit
     * notes (netting), then each subset of the referenced invoices, for a payer who names an extra number.
     */
    private AmountFit bestReferencedFit(List<OpenInvoice> invoices, List<OpenInvoice> creditNotes, long debtorId,
                                        PaymentData payment) {
        AmountFit fit = rules.fit(invoices, creditNotes, payment.amount(), payment.bookingDate());
        if (settlesFully(fit)) {
            return fit;
        }
        List<OpenInvoice> allCredits = book.creditNotesOf(debtorId, payment.amount().currency());
        if (!allCredits.isEmpty()) {
            AmountFit netted = rules.fit(invoices, allCredits, payment.amount(), payment.bookingDate());
            if (settlesFully(netted)) {
                return netted;
            }
        }
        if (invoices.size() > 1 && invoices.size() <= MAX_REFERENCED) {
            for (int mask = (1 << invoices.size()) - 2; mask > 0; mask--) {
                List<OpenInvoice> subset = new ArrayList<>();
                for (int i = 0; i < invoices.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        subset.add(invoices.get(i));
                    }
                }
                AmountFit partial = rules.fit(subset, creditNotes, payment.amount(), payment.bookingDate());
                if (settlesFully(partial)) {
                    return partial;
                }
            }
        }
        return fit;
    }

    private double payerScoreWithReference(PaymentData payment, long debtorId, List<Evidence> evidence) {
        List<Long> ibanDebtors = debtors.byIban(payment.counterpartyIban());
        if (ibanDebtors.contains(debtorId)) {
            evidence.add(Texts.ibanKnown(payment.counterpartyIban(), debtors.debtor(debtorId).name()));
            return 0.15;
        }
        if (debtors.byMandate(payment.mandateReference()).contains(debtorId)) {
            evidence.add(Texts.mandateKnown(payment.mandateReference(), debtors.debtor(debtorId).name()));
            return 0.15;
        }
        DebtorDirectory.NameMatch name = debtors.nameMatch(payment.counterpartyName(), debtorId);
        double score = 0;
        if (name.similarity() >= NAME) {
            evidence.add(nameEvidence(payment, name));
            score = 0.1;
        } else {
            evidence.add(Texts.unknownPayer(payment.counterpartyName()));
        }
        boolean customerNumber = debtors.byCustomerNumber(payment.remittanceText()).contains(debtorId);
        if (customerNumber) {
            evidence.add(Texts.customerNumber(debtors.debtor(debtorId)));
            score = Math.min(0.15, score + 0.1);
        }
        if (!ibanDebtors.isEmpty() && !customerNumber) {
            evidence.add(Texts.ibanOfOther(payment.counterpartyIban()));
            score -= 0.25;
        }
        return score;
    }

    private List<Candidate> byDebtor(PaymentData payment) {
        List<Candidate> candidates = new ArrayList<>();
        List<Long> ibanDebtors = debtors.byIban(payment.counterpartyIban());
        if (!ibanDebtors.isEmpty()) {
            double score = ibanDebtors.size() == 1 ? 0.45 : 0.35;
            for (long debtorId : ibanDebtors) {
                Evidence evidence = Texts.ibanKnown(payment.counterpartyIban(), debtors.debtor(debtorId).name());
                candidates.addAll(debtorCandidates(payment, debtorId, "iban", score, evidence));
            }
            return candidates;
        }
        List<Long> mandateDebtors = debtors.byMandate(payment.mandateReference());
        if (!mandateDebtors.isEmpty()) {
            double score = mandateDebtors.size() == 1 ? 0.45 : 0.35;
            for (long debtorId : mandateDebtors) {
                Evidence evidence = Texts.mandateKnown(payment.mandateReference(), debtors.debtor(debtorId).name());
                candidates.addAll(debtorCandidates(payment, debtorId, "mandate", score, evidence));
            }
            return candidates;
        }
        List<Long> customerDebtors = debtors.byCustomerNumber(payment.remittanceText());
        if (customerDebtors.size() == 1) {
            long debtorId = customerDebtors.get(0);
            double similarity = debtors.nameSimilarity(payment.counterpartyName(), debtorId);
            // The customer number and the payer's name are two separate signs of the same debtor.
            double score = similarity >= NAME ? 0.45 : 0.35;
            Evidence evidence = Texts.customerNumber(debtors.debtor(debtorId));
            return debtorCandidates(payment, debtorId, "customer-number", score, evidence);
        }
        List<DebtorDirectory.NameMatch> names = debtors.byName(payment.counterpartyName(), NAME);
        for (int i = 0; i < Math.min(3, names.size()); i++) {
            DebtorDirectory.NameMatch match = names.get(i);
            boolean uniqueBest = i == 0 && (names.size() == 1 || names.get(1).similarity() < match.similarity());
            double score = match.similarity() >= STRONG_NAME && uniqueBest ? 0.35 : 0.3;
            Evidence evidence = nameEvidence(payment, match);
            candidates.addAll(debtorCandidates(payment, match.debtorId(), "name", score, evidence));
        }
        return candidates;
    }

    private Evidence nameEvidence(PaymentData payment, DebtorDirectory.NameMatch match) {
        String debtorName = debtors.debtor(match.debtorId()).name();
        return match.alias() == null ? Texts.name(payment.counterpartyName(), debtorName, match.similarity())
                : Texts.nameAlias(payment.counterpartyName(), match.alias(), debtorName, match.similarity());
    }

    /** Candidates among one debtor's open items: one invoice with the amount, or a unique subset. */
    private List<Candidate> debtorCandidates(PaymentData payment, long debtorId, String evidenceRule, double payerScore,
                                             Evidence payerEvidence) {
        List<OpenInvoice> invoices = book.invoicesOf(debtorId, payment.amount().currency());
        List<Candidate> candidates = new ArrayList<>();
        List<AmountFit> singles = new ArrayList<>();
        for (OpenInvoice invoice : invoices) {
            AmountFit fit = rules.fit(List.of(invoice), List.of(), payment.amount(), payment.bookingDate());
            if (fit.kind() == AmountFit.Kind.EXACT || fit.kind() == AmountFit.Kind.CASH_DISCOUNT
                    || fit.kind() == AmountFit.Kind.BANK_FEE) {
                singles.add(fit);
            }
        }
        for (AmountFit fit : singles) {
            boolean unique = singles.size() == 1;
            double amountScore = switch (fit.kind()) {
                case EXACT -> unique ? 0.45 : 0.25;
                case CASH_DISCOUNT -> unique ? 0.42 : 0.25;
                default -> unique ? 0.35 : 0.2;
            };
            candidates.add(new Candidate(evidenceRule + "+" + ruleSuffix(fit), debtorId, fit,
                    confidence(payerScore + amountScore),
                    List.of(payerEvidence, Texts.amount(fit, payment.amount(), unique))));
        }
        if (singles.isEmpty()) {
            candidates.addAll(subsetCandidates(payment, debtorId, invoices, evidenceRule, payerScore, payerEvidence));
        }
        return candidates;
    }

    private List<Candidate> subsetCandidates(PaymentData payment, long debtorId, List<OpenInvoice> invoices,
                                             String evidenceRule, double payerScore, Evidence payerEvidence) {
        List<OpenInvoice> items = new ArrayList<>(invoices);
        items.addAll(book.creditNotesOf(debtorId, payment.amount().currency()));
        if (items.size() < 2) {
            return List.of();
        }
        // Keep the oldest items: a bundled payment settles what is due first.
        items.sort(Comparator.comparing((OpenInvoice item) -> item.dueDate() == null ? item.issueDate() : item.dueDate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(OpenInvoice::documentId));
        if (items.size() > SubsetSearch.MAX_ITEMS) {
            items = items.subList(0, SubsetSearch.MAX_ITEMS);
        }
        long[] cents = new long[items.size()];
        for (int i = 0; i < cents.length; i++) {
            cents[i] = items.get(i).open().amount().movePointRight(2).longValueExact();
        }
        SubsetSearch.Result result = SubsetSearch.find(cents, payment.amount().amount().movePointRight(2).longValueExact(), 2);
        boolean unique = result.subsets().size() == 1 && result.complete();
        List<Candidate> candidates = new ArrayList<>();
        for (int[] subset : result.subsets()) {
            List<OpenInvoice> chosenInvoices = new ArrayList<>();
            List<OpenInvoice> chosenCredits = new ArrayList<>();
            for (int index : subset) {
                OpenInvoice item = items.get(index);
                (item.isCreditNote() ? chosenCredits : chosenInvoices).add(item);
            }
            if (chosenInvoices.isEmpty()) {
                continue;
            }
            AmountFit fit = rules.fit(chosenInvoices, chosenCredits, payment.amount(), payment.bookingDate());
            double amountScore = unique ? 0.45 : 0.2;
            candidates.add(new Candidate(evidenceRule + "+subset", debtorId, fit, confidence(payerScore + amountScore),
                    List.of(payerEvidence, Texts.amount(fit, payment.amount(), unique))));
        }
        return candidates;
    }

    /** Without reference or known payer: invoices of any debtor with exactly the amount, never automatic. */
    private List<Candidate> byAmountOnly(PaymentData payment) {
        List<OpenInvoice> matches = book.invoicesWithOpen(payment.amount());
        List<Candidate> candidates = new ArrayList<>();
        boolean unique = matches.size() == 1;
        for (OpenInvoice invoice : matches.subList(0, Math.min(5, matches.size()))) {
            AmountFit fit = rules.fit(List.of(invoice), List.of(), payment.amount(), payment.bookingDate());
            candidates.add(new Candidate("amount-only", invoice.debtorId(), fit, confidence(unique ? 0.6 : 0.4),
                    List.of(Texts.unknownPayer(payment.counterpartyName()), Texts.amount(fit, payment.amount(), unique))));
        }
        return candidates;
    }

    private static boolean settlesFully(AmountFit fit) {
        return fit.kind() == AmountFit.Kind.EXACT || fit.kind() == AmountFit.Kind.CASH_DISCOUNT
                || fit.kind() == AmountFit.Kind.BANK_FEE;
    }

    private static boolean settles(AmountFit fit, long documentId) {
        return fit.shares().stream().anyMatch(share -> share.invoice().documentId() == documentId)
                || fit.creditUses().stream().anyMatch(use -> use.creditNote().documentId() == documentId);
    }

    private static String ruleSuffix(AmountFit fit) {
        String kind = fit.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return fit.creditUses().isEmpty() ? kind : kind + "+credit-note";
    }

    private static BigDecimal confidence(double score) {
        double bounded = Math.max(0, Math.min(0.99, score));
        return BigDecimal.valueOf(bounded).setScale(2, RoundingMode.HALF_UP);
    }
}
