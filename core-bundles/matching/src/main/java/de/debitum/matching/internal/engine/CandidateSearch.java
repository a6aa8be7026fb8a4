package de.debitum.matching.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;
import de.debitum.matching.Evidence;
import de.debitum.matching.internal.amount.AmountFit;
import de.debitum.matching.internal.amount.AmountRules;
import de.debitum.matching.internal.amount.SubsetSearch;
import de.debitum.matching.internal.debtor.DebtorDirectory;
import de.debitum.matching.internal.debtor.NameMatcher;
import de.debitum.matching.internal.reference.ReferenceHit;
import de.debitum.matching.internal.reference.ReferenceIndex;
import de.debitum.matching.internal.reference.ReferenceKeys;

/**
 * Finds and scores the candidates for one incoming payment: first through the document numbers
 * its texts name, then through the debtor its IBAN or name points to, last through the amount
 * alone. A candidate's confidence adds up three parts: the reference (up to 0.55), the amount
 * rule (up to 0.45) and the debtor evidence (up to 0.45 without a reference, 0.15 with one).
 */
final class CandidateSearch {

    /** German words for a month or an instalment, with the usual abbreviations, in lower case. */
    private static final Set<String> PERIOD_WORDS = Set.of("januar", "jan", "februar", "feb", "märz", "maerz", "marz",
            "mrz", "mär", "april", "apr", "mai", "juni", "jun", "juli", "jul", "august", "aug", "september", "sep", "sept",
            "oktober", "okt", "november", "nov", "dezember", "dez", "quartal", "abschlag", "abschlagszahlung", "rate");
    /** Subsets of equal amounts looked at before the payment is left to a person. */
    private static final int MAX_EQUIVALENT_SUBSETS = 16;
    /** Hits on more invoices than this are not combined into subsets. */
    private static final int MAX_REFERENCED = 6;
    /** Confidence at most of a candidate whose payer names an unknown document number, below any sensible bar. */
    private static final BigDecimal UNKNOWN_NUMBER_CAP = new BigDecimal("0.70");
    private static final double STRONG_NAME = 0.9;
    private static final double NAME = 0.75;

    private final ReferenceIndex references;
    private final DebtorDirectory debtors;
    private final OpenBook book;
    private final AmountRules rules;
    /** Documents that an earlier payment of this run proposes to a person, by an identified payer. */
    private final Set<Long> awaitingReview = new HashSet<>();

    CandidateSearch(ReferenceIndex references, DebtorDirectory debtors, OpenBook book, AmountRules rules) {
        this.references = references;
        this.debtors = debtors;
        this.book = book;
        this.rules = rules;
    }

    /**
     * Notes the documents of a candidate that an earlier payment left to a person. That payment
     * came first and may name one of them in a way the index cannot read, so the order by due
     * date does not hand them to a later payment.
     */
    void holdForReview(Candidate candidate) {
        if (!MatchingEngine.AMOUNT_ONLY_RULE.equals(candidate.rule())) {
            awaitingReview.addAll(candidate.documents());
        }
    }

    /** Notes documents that open suggestions of payments outside this run propose to a person. */
    void holdForReview(Collection<Long> documentIds) {
        awaitingReview.addAll(documentIds);
    }

    /** Returns the candidates for a payment with a positive amount, best first. */
    List<Candidate> search(PaymentData payment) {
        List<ReferenceHit> hits = references.find(payment.remittanceText(), payment.endToEndId(),
                payment.creditorReference());
        List<Candidate> candidates = new ArrayList<>(byReference(payment, hits));
        boolean referenceFits = candidates.stream().anyMatch(c -> c.fit().kind() != AmountFit.Kind.PARTIAL
                && c.fit().kind() != AmountFit.Kind.OVERPAYMENT);
        if (!referenceFits) {
            candidates.addAll(capForNumbersNotOpen(payment, hits, byDebtor(payment, !hits.isEmpty())));
        }
        if (candidates.isEmpty()) {
            candidates.addAll(byAmountOnly(payment));
        }
        candidates.sort(Comparator.comparing(Candidate::confidence).reversed()
                .thenComparing(candidate -> candidate.documents().toString()));
        return candidates;
    }

    /**
     * Caps the confidence of candidates whose payer names a document number that is no open
     * document: a number written like the tenant's document numbers that no document has, unless
     * it is a near miss of the candidate's own numbers, or the number of a document settled
     * already. Such a payment most likely pays that document (not arrived yet, or paid twice),
     * not the open item of the same debtor and amount that the candidate proposes.
     */
    private List<Candidate> capForNumbersNotOpen(PaymentData payment, List<ReferenceHit> hits,
                                                 List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<String> unknown = new ArrayList<>(references.unknownNumbers(payment.remittanceText()).stream()
                .filter(token -> debtors.byCustomerNumber(token).isEmpty())
                .toList());
        for (ReferenceHit hit : hits) {
            OpenInvoice settled = book.open(hit.documentId()) == null ? book.any(hit.documentId()) : null;
            if (settled != null && !unknown.contains(settled.number())) {
                unknown.add(settled.number());
            }
        }
        if (unknown.isEmpty()) {
            return candidates;
        }
        List<Candidate> capped = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            if (!namesOtherNumber(unknown, candidate) || candidate.confidence().compareTo(UNKNOWN_NUMBER_CAP) <= 0) {
                capped.add(candidate);
                continue;
            }
            List<Evidence> evidence = new ArrayList<>(candidate.evidence());
            evidence.add(Texts.unknownNumbers(unknown));
            capped.add(new Candidate(candidate.rule(), candidate.debtorId(), candidate.fit(), UNKNOWN_NUMBER_CAP, evidence));
        }
        return capped;
    }

    /** Tells whether one of the unknown numbers is no near miss (one digit off or swapped) of the candidate's numbers. */
    private static boolean namesOtherNumber(List<String> unknown, Candidate candidate) {
        List<String> own = candidate.fit().shares().stream()
                .map(share -> ReferenceKeys.of(share.invoice().number()))
                .filter(key -> key != null)
                .map(ReferenceKeys.Key::concatenated)
                .toList();
        for (String token : unknown) {
            String digits = ReferenceKeys.of(token).concatenated();
            if (own.stream().noneMatch(number -> NameMatcher.distance(digits, number, 1) <= 1)) {
                return true;
            }
        }
        return false;
    }

    private List<Candidate> byReference(PaymentData payment, List<ReferenceHit> hits) {
        Map<Long, List<ReferenceHit>> hitsByDebtor = new LinkedHashMap<>();
        for (ReferenceHit hit : hits) {
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

    /** Candidates among the open items of the debtor the payer points to, where {@code referenced} means the texts name a document. */
    private List<Candidate> byDebtor(PaymentData payment, boolean referenced) {
        List<Candidate> candidates = new ArrayList<>();
        List<Long> ibanDebtors = debtors.byIban(payment.counterpartyIban());
        if (!ibanDebtors.isEmpty()) {
            double score = ibanDebtors.size() == 1 ? 0.45 : 0.35;
            for (long debtorId : ibanDebtors) {
                Evidence evidence = Texts.ibanKnown(payment.counterpartyIban(), debtors.debtor(debtorId).name());
                candidates.addAll(debtorCandidates(payment, referenced, debtorId, "iban", score, evidence));
            }
            return candidates;
        }
        List<Long> mandateDebtors = debtors.byMandate(payment.mandateReference());
        if (!mandateDebtors.isEmpty()) {
            double score = mandateDebtors.size() == 1 ? 0.45 : 0.35;
            for (long debtorId : mandateDebtors) {
                Evidence evidence = Texts.mandateKnown(payment.mandateReference(), debtors.debtor(debtorId).name());
                candidates.addAll(debtorCandidates(payment, referenced, debtorId, "mandate", score, evidence));
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
            return debtorCandidates(payment, referenced, debtorId, "customer-number", score, evidence);
        }
        List<DebtorDirectory.NameMatch> names = debtors.byName(payment.counterpartyName(), NAME);
        for (int i = 0; i < Math.min(3, names.size()); i++) {
            DebtorDirectory.NameMatch match = names.get(i);
            boolean uniqueBest = i == 0 && (names.size() == 1 || names.get(1).similarity() < match.similarity());
            double score = match.similarity() >= STRONG_NAME && uniqueBest ? 0.35 : 0.3;
            Evidence evidence = nameEvidence(payment, match);
            candidates.addAll(debtorCandidates(payment, referenced, match.debtorId(), "name", score, evidence));
        }
        return candidates;
    }

    private Evidence nameEvidence(PaymentData payment, DebtorDirectory.NameMatch match) {
        String debtorName = debtors.debtor(match.debtorId()).name();
        return match.alias() == null ? Texts.name(payment.counterpartyName(), debtorName, match.similarity())
                : Texts.nameAlias(payment.counterpartyName(), match.alias(), debtorName, match.similarity());
    }

    /**
     * Candidates among one debtor's open items: one invoice with the amount, or a unique subset.
     * Where several fit, one still counts as the fit in two cases. An exact amount, of one
     * invoice or of a subset, goes before fits that need a deducted bank fee. Among invoices or subsets that differ only in which of
     * several equal amounts they take, the debt due first goes first when the payer names none
     * ({@link #namesNoDebt}).
     */
    private List<Candidate> debtorCandidates(PaymentData payment, boolean referenced, long debtorId, String evidenceRule,
                                             double payerScore, Evidence payerEvidence) {
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
        // A subset that fits exactly goes before single invoices that fit only with a deducted bank fee.
        List<Candidate> subsets = List.of();
        if (singles.stream().allMatch(fit -> fit.kind() == AmountFit.Kind.BANK_FEE)) {
            boolean noDebtNamed = namesNoDebt(payment, referenced, debtorId);
            subsets = subsetCandidates(payment, noDebtNamed, debtorId, invoices, evidenceRule, payerScore, payerEvidence);
        }
        AmountFit preferred = preferredSingle(singles, payment, referenced, debtorId);
        for (AmountFit fit : singles) {
            boolean unique = (singles.size() == 1 && subsets.isEmpty()) || fit == preferred;
            double amountScore = switch (fit.kind()) {
                case EXACT -> unique ? 0.45 : 0.25;
                case CASH_DISCOUNT -> unique ? 0.42 : 0.25;
                default -> unique ? 0.35 : 0.2;
            };
            String rule = evidenceRule + "+" + ruleSuffix(fit);
            Evidence amountEvidence = Texts.amount(fit, payment.amount(), unique);
            if (fit == preferred && singles.size() > 1) {
                boolean sameAmountLater = singles.stream().filter(other -> other.kind() == AmountFit.Kind.EXACT).count() > 1;
                rule = sameAmountLater ? rule + "+oldest-due" : rule;
                amountEvidence = sameAmountLater ? Texts.amountOldestDue(fit, payment.amount())
                        : Texts.amountExactBeforeFees(fit, payment.amount());
            }
            candidates.add(new Candidate(rule, debtorId, fit, confidence(payerScore + amountScore),
                    List.of(payerEvidence, amountEvidence)));
        }
        candidates.addAll(subsets);
        return candidates;
    }

    /**
     * Picks the one fit among several single-invoice fits that still counts as unique, or returns
     * null. An exact amount goes before fits that hold only with a deducted bank fee, because
     * within the EEA the banks must pass the amount on without deducting fees (§ 675q Abs. 1
     * BGB), so a fee deduction is the rare case. Among several exact fits, which all have the same
     * open amount, the one due first goes first when the payer names no debt, because that is
     * the debt the payment settles by law. § 366 Abs. 2 BGB takes the debt due first, among due
     * ones the one with less security for the creditor, then the more burdensome one for the
     * debtor, then the older one. Invoices of one creditor to one debtor rarely differ in
     * security or burden, so two fits due on the same day stay ambiguous. A cash-discount fit is a deliberate choice of the payer too, so beside one
     * no fit is picked. Nor is a due-date order applied to a document held for review.
     */
    private AmountFit preferredSingle(List<AmountFit> singles, PaymentData payment, boolean referenced, long debtorId) {
        if (singles.size() < 2 || singles.stream().anyMatch(fit -> fit.kind() == AmountFit.Kind.CASH_DISCOUNT)) {
            return null;
        }
        List<AmountFit> exact = new ArrayList<>(singles.stream().filter(fit -> fit.kind() == AmountFit.Kind.EXACT).toList());
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (exact.isEmpty() || !namesNoDebt(payment, referenced, debtorId)
                || exact.stream().anyMatch(fit -> awaitingReview.contains(fit.shares().get(0).invoice().documentId()))) {
            return null;
        }
        exact.sort(Comparator.comparing((AmountFit fit) -> dueOrIssue(fit.shares().get(0).invoice()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(fit -> fit.shares().get(0).invoice().documentId()));
        LocalDate first = dueOrIssue(exact.get(0).shares().get(0).invoice());
        LocalDate second = dueOrIssue(exact.get(1).shares().get(0).invoice());
        return first != null && second != null && first.isBefore(second) ? exact.get(0) : null;
    }

    /**
     * Returns whether the payer named no debt (no Tilgungsbestimmung): the texts name no document
     * and no creditor reference, and the remittance text has no digits apart from the debtor's
     * customer number and no word of {@link #PERIOD_WORDS}. Other digits may be an invoice number
     * typed in a way the index cannot read, or a period such as "03/2025", and a month or an
     * instalment ("Abschlag März") names a debt in words, so they count as a named debt.
     */
    private boolean namesNoDebt(PaymentData payment, boolean referenced, long debtorId) {
        if (referenced || (payment.creditorReference() != null && !payment.creditorReference().isBlank())) {
            return false;
        }
        String text = payment.remittanceText();
        if (text == null) {
            return true;
        }
        String customerNumber = debtors.debtor(debtorId).customerNumber();
        ReferenceKeys.Key customerKey = customerNumber == null ? null : ReferenceKeys.of(customerNumber);
        for (String token : text.split("[\\s,;+/&:]+")) {
            ReferenceKeys.Key key = ReferenceKeys.of(token);
            if (key != null && (customerKey == null || !key.groups().equals(customerKey.groups()))) {
                return false;
            }
            if (PERIOD_WORDS.contains(token.toLowerCase(Locale.GERMAN).replaceAll("[^\\p{L}]", ""))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate dueOrIssue(OpenInvoice item) {
        return item.dueDate() == null ? item.issueDate() : item.dueDate();
    }

    private List<Candidate> subsetCandidates(PaymentData payment, boolean noDebtNamed, long debtorId,
                                             List<OpenInvoice> invoices, String evidenceRule, double payerScore,
                                             Evidence payerEvidence) {
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
        long target = payment.amount().amount().movePointRight(2).longValueExact();
        SubsetSearch.Result result = SubsetSearch.find(cents, target, 2);
        boolean unique = result.subsets().size() == 1 && result.complete();
        List<Candidate> candidates = new ArrayList<>();
        int[] oldest = unique || !noDebtNamed ? null : oldestDueSubset(items, cents, target);
        if (oldest != null) {
            List<OpenInvoice> chosen = new ArrayList<>();
            for (int index : oldest) {
                chosen.add(items.get(index));
            }
            AmountFit fit = rules.fit(chosen, List.of(), payment.amount(), payment.bookingDate());
            candidates.add(new Candidate(evidenceRule + "+subset+oldest-due", debtorId, fit,
                    confidence(payerScore + 0.45), List.of(payerEvidence, Texts.amountOldestDue(fit, payment.amount()))));
        }
        for (int[] subset : result.subsets()) {
            if (oldest != null && Arrays.equals(subset, oldest)) {
                continue;
            }
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

    /**
     * Returns the subset that the law settles when every subset adding up to the payment has the
     * same amounts and they differ only in which of several equal amounts they take, or null.
     * That subset takes, for each amount, the invoices due first (§ 366 Abs. 2 BGB). It returns
     * null when a subset has a credit note or a document held for review, when the search is cut short or finds more than
     * {@link #MAX_EQUIVALENT_SUBSETS}, and when an invoice taken and one left out for the same
     * amount are due on the same day.
     *
     * @param items the debtor's open items, due first first, as the indexes of {@code cents}
     */
    private int[] oldestDueSubset(List<OpenInvoice> items, long[] cents, long target) {
        SubsetSearch.Result all = SubsetSearch.find(cents, target, MAX_EQUIVALENT_SUBSETS);
        if (!all.complete() || all.subsets().size() < 2 || all.subsets().size() >= MAX_EQUIVALENT_SUBSETS) {
            return null;
        }
        long[] amounts = null;
        for (int[] subset : all.subsets()) {
            long[] subsetAmounts = new long[subset.length];
            for (int i = 0; i < subset.length; i++) {
                OpenInvoice item = items.get(subset[i]);
                if (item.isCreditNote() || awaitingReview.contains(item.documentId())) {
                    return null;
                }
                subsetAmounts[i] = cents[subset[i]];
            }
            Arrays.sort(subsetAmounts);
            if (amounts != null && !Arrays.equals(amounts, subsetAmounts)) {
                return null;
            }
            amounts = subsetAmounts;
        }
        // The items are in due order already, so the first items of each amount are the ones due first.
        Map<Long, Integer> stillNeeded = new LinkedHashMap<>();
        for (long amount : amounts) {
            stillNeeded.merge(amount, 1, Integer::sum);
        }
        List<Integer> chosen = new ArrayList<>();
        Map<Long, LocalDate> lastTaken = new LinkedHashMap<>();
        for (int i = 0; i < cents.length; i++) {
            Integer left = stillNeeded.get(cents[i]);
            LocalDate due = dueOrIssue(items.get(i));
            if (left == null) {
                continue;
            }
            if (left > 0) {
                chosen.add(i);
                stillNeeded.put(cents[i], left - 1);
                lastTaken.put(cents[i], due);
            } else if (due == null || due.equals(lastTaken.get(cents[i]))) {
                // The next item of this amount is due on the same day as one taken, so no order decides.
                return null;
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Without reference or known payer: invoices of any debtor with exactly the amount, never automatic. */
    private List<Candidate> byAmountOnly(PaymentData payment) {
        List<OpenInvoice> matches = book.invoicesWithOpen(payment.amount());
        List<Candidate> candidates = new ArrayList<>();
        boolean unique = matches.size() == 1;
        for (OpenInvoice invoice : matches.subList(0, Math.min(5, matches.size()))) {
            AmountFit fit = rules.fit(List.of(invoice), List.of(), payment.amount(), payment.bookingDate());
            candidates.add(new Candidate(MatchingEngine.AMOUNT_ONLY_RULE, invoice.debtorId(), fit, confidence(unique ? 0.6 : 0.4),
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
