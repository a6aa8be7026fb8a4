package de.debitum.matching.internal.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Document numbers of one tenant by their {@link ReferenceKeys}, and the search for them in a
 * payment's remittance text, end-to-end id and creditor reference.
 *
 * <p>Only whole tokens match: the text is split at white space and each run of one to three
 * adjacent tokens that contain digits is compared by its whole key, so {@code 1814} never
 * matches document {@code 14}. Where a longer run matches, the runs inside it are not
 * reported, so {@code 2024 14} is read as 2024-14 and not also as 14. A token that matches
 * nothing as a whole is split at list separators ({@code , ; + / &}), so
 * {@code 4711/4712} finds both invoices; a dash never splits, because numbers contain dashes.
 */
public final class ReferenceIndex {

    /** The longest Verwendungszweck read: camt allows 140 characters a line, people paste more. */
    static final int MAX_TEXT = 2000;
    private static final int MAX_WINDOW = 3;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;+/&]");
    /** Punctuation around a number in running text, such as "(RE-1)," or "RE-1.". */
    private static final Pattern TOKEN_EDGES = Pattern.compile("^[\\p{Punct}]+|[\\p{Punct}]+$");

    private final Map<String, List<Long>> byGroups = new HashMap<>();
    private final Map<String, List<Long>> byConcatenated = new HashMap<>();
    /** Lengths of the digit groups of the numbers added, such as "4-5" for RE-2026-00123. */
    private final Set<String> digitShapes = new HashSet<>();

    /** Adds a document number; numbers without a digit cannot be found in texts and are skipped. */
    public void add(long documentId, String number) {
        ReferenceKeys.Key key = ReferenceKeys.of(number);
        if (key == null) {
            return;
        }
        byGroups.computeIfAbsent(key.groups(), k -> new ArrayList<>(1)).add(documentId);
        byConcatenated.computeIfAbsent(key.concatenated(), k -> new ArrayList<>(1)).add(documentId);
        digitShapes.add(digitShape(number));
    }

    /**
     * Returns the tokens of the remittance text that are written like the tenant's document
     * numbers (the same lengths of digit groups) but name no document of this index. Such a token
     * is a number typed wrongly, or names a document that has not arrived yet or is settled.
     */
    public List<String> unknownNumbers(String remittanceText) {
        if (remittanceText == null || remittanceText.isBlank() || digitShapes.isEmpty()) {
            return List.of();
        }
        String bounded = remittanceText.length() > MAX_TEXT ? remittanceText.substring(0, MAX_TEXT) : remittanceText;
        List<String> unknown = new ArrayList<>();
        for (String token : bounded.trim().split("\\s+")) {
            for (String part : LIST_SEPARATOR.split(token)) {
                String candidate = TOKEN_EDGES.matcher(part).replaceAll("");
                if (candidate.isEmpty() || !digitShapes.contains(digitShape(candidate))) {
                    continue;
                }
                ReferenceKeys.Key key = ReferenceKeys.of(candidate);
                if (key != null && !byGroups.containsKey(key.groups()) && !byConcatenated.containsKey(key.concatenated())) {
                    unknown.add(candidate);
                }
            }
        }
        return unknown;
    }

    /** Returns the lengths of the runs of ASCII digits, joined by "-"; empty without digits. */
    static String digitShape(String text) {
        StringBuilder shape = new StringBuilder();
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
            if (digit) {
                run++;
            } else if (run > 0) {
                shape.append(shape.isEmpty() ? "" : "-").append(run);
                run = 0;
            }
        }
        return shape.toString();
    }

    /** Finds the documents referenced by the texts, each document once, strongest hit kept. */
    public List<ReferenceHit> find(String remittanceText, String endToEndId, String creditorReference) {
        Map<Long, ReferenceHit> hits = new LinkedHashMap<>();
        findCreditorReference(creditorReference, hits);
        findCreditorReference(CreditorReference.findValid(remittanceText), hits);
        findInText(remittanceText, hits);
        if (endToEndId != null && !"NOTPROVIDED".equalsIgnoreCase(endToEndId.trim())) {
            findInText(endToEndId, hits);
        }
        return List.copyOf(hits.values());
    }

    private void findCreditorReference(String reference, Map<Long, ReferenceHit> hits) {
        if (!CreditorReference.isValid(reference)) {
            return;
        }
        ReferenceKeys.Key key = ReferenceKeys.of(CreditorReference.body(reference));
        if (key == null) {
            return;
        }
        for (long id : byConcatenated.getOrDefault(key.concatenated(), List.of())) {
            put(hits, new ReferenceHit(id, reference, ReferenceHit.Strength.CREDITOR_REFERENCE));
        }
    }

    private void findInText(String text, Map<Long, ReferenceHit> hits) {
        if (text == null || text.isBlank()) {
            return;
        }
        String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String[] tokens = bounded.trim().split("\\s+");
        boolean[] covered = new boolean[tokens.length];
        boolean[] hasDigits = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            hasDigits[i] = ReferenceKeys.of(tokens[i]) != null;
        }

        for (int size = MAX_WINDOW; size >= 1; size--) {
            for (int start = 0; start + size <= tokens.length; start++) {
                if (anyCovered(covered, start, size) || !allTrue(hasDigits, start, size)) {
                    continue;
                }
                String window = String.join(" ", Arrays.copyOfRange(tokens, start, start + size));
                if (lookUp(window, size, hits)) {
                    Arrays.fill(covered, start, start + size, true);
                }
            }
        }
        for (int i = 0; i < tokens.length; i++) {
            if (!covered[i] && LIST_SEPARATOR.matcher(tokens[i]).find()) {
                for (String part : LIST_SEPARATOR.split(tokens[i])) {
                    if (!part.isEmpty()) {
                        lookUp(part, 1, hits);
                    }
                }
            }
        }
    }

    private boolean lookUp(String window, int size, Map<Long, ReferenceHit> hits) {
        ReferenceKeys.Key key = ReferenceKeys.of(window);
        if (key == null) {
            return false;
        }
        boolean found = false;
        ReferenceHit.Strength groupStrength = key.confusionsRead() ? ReferenceHit.Strength.CORRECTED
                : ReferenceHit.Strength.NORMALIZED;
        for (long id : byGroups.getOrDefault(key.groups(), List.of())) {
            put(hits, new ReferenceHit(id, window, groupStrength));
            found = true;
        }
        // The concatenated key catches "2024123" for RE-2024-123 and "RE-2024-0 0123" split over two lines.
        if (!found && (size > 1 || key.groupCount() == 1)) {
            for (long id : byConcatenated.getOrDefault(key.concatenated(), List.of())) {
                put(hits, new ReferenceHit(id, window, ReferenceHit.Strength.CORRECTED));
                found = true;
            }
        }
        return found;
    }

    private static void put(Map<Long, ReferenceHit> hits, ReferenceHit hit) {
        ReferenceHit known = hits.get(hit.documentId());
        if (known == null || hit.strength().ordinal() < known.strength().ordinal()) {
            hits.put(hit.documentId(), hit);
        }
    }

    private static boolean anyCovered(boolean[] covered, int start, int size) {
        for (int i = start; i < start + size; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean allTrue(boolean[] flags, int start, int size) {
        for (int i = start; i < start + size; i++) {
            if (!flags[i]) {
                return false;
            }
        }
        return true;
    }
}
