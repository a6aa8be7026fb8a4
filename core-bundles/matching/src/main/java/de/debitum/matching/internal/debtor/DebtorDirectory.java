package de.debitum.matching.internal.debtor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import de.debitum.matching.internal.engine.DebtorProfile;

/** A tenant's debtors by IBAN, by name words and by customer number. */
public final class DebtorDirectory {

    /** A debtor whose name resembles the payer's, with the similarity from 0 to 1. */
    public record NameMatch(long debtorId, double similarity) {
    }

    private final Map<Long, DebtorProfile> byId = new HashMap<>();
    private final Map<String, List<Long>> byIban = new HashMap<>();
    private final Map<String, List<Long>> byWordPrefix = new HashMap<>();
    private final Map<Long, List<String>> wordsById = new HashMap<>();

    public DebtorDirectory(List<DebtorProfile> debtors) {
        for (DebtorProfile debtor : debtors) {
            byId.put(debtor.id(), debtor);
            for (String iban : debtor.ibans()) {
                addIban(debtor.id(), iban);
            }
            List<String> words = NameMatcher.words(debtor.name());
            wordsById.put(debtor.id(), words);
            for (String word : words) {
                List<Long> ids = byWordPrefix.computeIfAbsent(prefix(word), k -> new ArrayList<>(2));
                if (ids.isEmpty() || ids.get(ids.size() - 1) != debtor.id()) {
                    ids.add(debtor.id());
                }
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

    /** Returns the similarity of the payer's name to one debtor's name. */
    public double nameSimilarity(String payerName, long debtorId) {
        List<String> words = wordsById.get(debtorId);
        return words == null ? 0 : NameMatcher.similarity(NameMatcher.words(payerName), words);
    }

    /**
     * Returns debtors whose name resembles the payer's at least {@code minimum}, best first.
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
            double similarity = NameMatcher.similarity(payerWords, wordsById.get(id));
            if (similarity >= minimum) {
                matches.add(new NameMatch(id, similarity));
            }
        }
        matches.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return matches;
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
