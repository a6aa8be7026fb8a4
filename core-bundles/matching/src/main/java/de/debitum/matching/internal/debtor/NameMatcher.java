package de.debitum.matching.internal.debtor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Similarity of a payer's name to a debtor's name, robust to the variants bank statements show:
 * legal forms added or left out ({@code Müller GmbH} and {@code Mueller}), umlauts spelled out,
 * word order ({@code Schmidt, Anna} and {@code Anna Schmidt}) and small typos.
 */
public final class NameMatcher {

    /** Legal forms and filler words that do not tell companies apart. */
    private static final Set<String> IGNORED = Set.of("gmbh", "mbh", "ag", "kg", "co", "ohg", "gbr", "ug",
            "ek", "ekfr", "ekfm", "ev", "se", "kgaa", "ltd", "inc", "llc", "haftungsbeschraenkt", "und", "u",
            "gesellschaft", "firma", "fa", "herr", "frau", "hr", "fr", "dr", "the");

    private NameMatcher() {
    }

    /** Returns the significant words of a name: lower case, umlauts spelled out, legal forms removed. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String lower = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // "e.K." and "e. V." become "ek" and "ev" before the split, so they are recognised.
        ascii = ascii.replaceAll("\\be\\.\\s?k\\.", "ek").replaceAll("\\be\\.\\s?v\\.", "ev");
        List<String> words = new ArrayList<>();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !IGNORED.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Returns the similarity of two names from 0 to 1: twice the number of words that match,
     * in any order, divided by the number of words of both. Words match when equal, or within
     * one typo from 5 letters and two typos from 9 letters on.
     */
    public static double similarity(String payer, String debtor) {
        return similarity(words(payer), words(debtor));
    }

    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[b.size()];
        int matched = 0;
        for (String word : a) {
            for (int j = 0; j < b.size(); j++) {
                if (!used[j] && close(word, b.get(j))) {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }
        return 2.0 * matched / (a.size() + b.size());
    }

    private static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = 0;
        if (shorter >= 9) {
            allowed = 2;
        } else if (shorter >= 5) {
            allowed = 1;
        }
        return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && distance(a, b, allowed) <= allowed;
    }

    /** Computes the Levenshtein distance with adjacent transpositions as one edit. Stops once it exceeds {@code limit}. */
    public static int distance(String a, String b, int limit) {
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
