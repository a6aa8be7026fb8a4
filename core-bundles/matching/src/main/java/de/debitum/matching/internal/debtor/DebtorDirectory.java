package de.debitum.matching.internal.debtor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import de.debitum.matching.internal.engine.DebtorProfile;
import de.debitum.matching.internal.reference.ReferenceKeys;

/** A tenant's debtors by IBAN, mandate reference, customer number and the words of names and name aliases. */
public final class DebtorDirectory {

    /**
     * A debtor whose name resembles the payer's, with the similarity from 0 to 1.
     *
     * @param alias the confirmed payer name that matched best, or null when the debtor's own name did
     */
    public record NameMatch(long debtorId, double similarity, String alias) {
    }

    /** Characters of a remittance text searched for customer numbers. */
    private static final int MAX_TEXT = 2000;

    private final Map<Long, DebtorProfile> byId = new HashMap<>();
    private final Map<String, List<Long>> byIban = new HashMap<>();
    private final Map<String, List<Long>> byWordPrefix = new HashMap<>();
    private final Map<Long, List<String>> wordsById = new HashMap<>();
    private final Map<Long, Map<String, List<String>>> aliasWordsById = new HashMap<>();
    private final Map<String, List<Long>> byMandate = new HashMap<>();
    private final Map<String, List<Long>> byCustomerNumber = new HashMap<>();

    public DebtorDirectory(List<DebtorProfile> debtors) {
        for (DebtorProfile debtor : debtors) {
            byId.put(debtor.id(), debtor);
            for (String iban : debtor.ibans()) {
                addIban(debtor.id(), iban);
            }
            for (String mandate : debtor.mandates()) {
                learnMandate(debtor.id(), mandate);
            }
            ReferenceKeys.Key customerKey = debtor.customerNumber() == null ? null : ReferenceKeys.of(debtor.customerNumber());
            if (customerKey != null) {
                byCustomerNumber.computeIfAbsent(customerKey.groups(), k -> new ArrayList<>(1)).add(debtor.id());
            }
            List<String> words = NameMatcher.words(debtor.name());
            wordsById.put(debtor.id(), words);
            indexWords(debtor.id(), words);
            Map<String, List<String>> aliasWords = new LinkedHashMap<>();
            for (String alias : debtor.nameAliases()) {
                List<String> aliasWordList = NameMatcher.words(alias);
                aliasWords.put(alias, aliasWordList);
                indexWords(debtor.id(), aliasWordList);
            }
            aliasWordsById.put(debtor.id(), aliasWords);
        }
    }

    /** Adds the debtor under each word's prefix; the constructor indexes one debtor's words in a row. */
    private void indexWords(long debtorId, List<String> words) {
        for (String word : words) {
            List<Long> ids = byWordPrefix.computeIfAbsent(prefix(word), k -> new ArrayList<>(2));
            if (ids.isEmpty() || ids.get(ids.size() - 1) != debtorId) {
                ids.add(debtorId);
            }
        }
    }

    public DebtorProfile debtor(long id) {
        return byId.get(id);
    }

    /** Returns the debtors that paid from this IBAN before or have it in master data. */
    public List<Long> byIban(String iban) {
        return iban == null ? List.of() : byIban.getOrDefault(normalizeIban(iban), List.of());
    }

    /** Records an IBAN for a debtor, as an allocation from that IBAN does in the store. */
    public void learnIban(long debtorId, String iban) {
        if (iban != null && !byIban(iban).contains(debtorId)) {
            addIban(debtorId, iban);
        }
    }

    /** Returns the debtors whose earlier payments carried this SEPA mandate reference. */
    public List<Long> byMandate(String mandate) {
        return mandate == null || mandate.isBlank() ? List.of() : byMandate.getOrDefault(mandate.trim(), List.of());
    }

    /** Records a mandate reference for a debtor after an allocation of a payment that carried it. */
    public void learnMandate(long debtorId, String mandate) {
        if (mandate != null && !mandate.isBlank() && !byMandate(mandate).contains(debtorId)) {
            byMandate.computeIfAbsent(mandate.trim(), k -> new ArrayList<>(1)).add(debtorId);
        }
    }

    /**
     * Returns the debtors whose customer number appears as a whole token in the text, leading
     * zeros and prefixes aside ({@code Kd-Nr. 010023} for customer number K10023).
     */
    public List<Long> byCustomerNumber(String text) {
        if (text == null || byCustomerNumber.isEmpty()) {
            return List.of();
        }
        TreeSet<Long> found = new TreeSet<>();
        String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        for (String token : bounded.split("[\\s,;+/&:]+")) {
            ReferenceKeys.Key key = ReferenceKeys.of(token);
            if (key != null) {
                found.addAll(byCustomerNumber.getOrDefault(key.groups(), List.of()));
            }
        }
        return List.copyOf(found);
    }

    /** Returns the similarity of the payer's name to one debtor's name or, if higher, to one of its aliases. */
    public double nameSimilarity(String payerName, long debtorId) {
        return nameMatch(payerName, debtorId).similarity();
    }

    /** Compares the payer's name with one debtor's name and aliases, as {@link #byName} does. */
    public NameMatch nameMatch(String payerName, long debtorId) {
        return wordsById.containsKey(debtorId) ? match(debtorId, NameMatcher.words(payerName))
                : new NameMatch(debtorId, 0, null);
    }

    /**
     * Returns debtors whose name or a confirmed alias resembles the payer's name at least
     * {@code minimum}, best first.
     * Candidates share the first three letters of a word with the payer's name, which a typo in
     * the first three letters escapes.
     */
    public List<NameMatch> byName(String payerName, double minimum) {
        List<String> payerWords = NameMatcher.words(payerName);
        TreeSet<Long> candidates = new TreeSet<>();
        for (String word : payerWords) {
            candidates.addAll(byWordPrefix.getOrDefault(prefix(word), List.of()));
        }
        List<NameMatch> matches = new ArrayList<>();
        for (long id : candidates) {
            NameMatch match = match(id, payerWords);
            if (match.similarity() >= minimum) {
                matches.add(match);
            }
        }
        matches.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return matches;
    }

    /** Returns the better of the name's and the aliases' similarity; the name wins a tie. */
    private NameMatch match(long debtorId, List<String> payerWords) {
        NameMatch best = new NameMatch(debtorId, NameMatcher.similarity(payerWords, wordsById.get(debtorId)), null);
        for (Map.Entry<String, List<String>> alias : aliasWordsById.getOrDefault(debtorId, Map.of()).entrySet()) {
            double similarity = NameMatcher.similarity(payerWords, alias.getValue());
            if (similarity > best.similarity()) {
                best = new NameMatch(debtorId, similarity, alias.getKey());
            }
        }
        return best;
    }

    private void addIban(long debtorId, String iban) {
        byIban.computeIfAbsent(normalizeIban(iban), k -> new ArrayList<>(1)).add(debtorId);
    }

    static String normalizeIban(String iban) {
        return iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String prefix(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }
}
