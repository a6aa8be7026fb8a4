package de.debitum.connector.csv.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column header feeds which field, read from {@code field=Header} pairs separated by
 * semicolons or line breaks, such as {@code number=Rechnungsnummer;issueDate=Rechnungsdatum}.
 * An empty text selects the kind's preset.
 */
public record ColumnMapping(RecordKind kind, Map<String, String> headersByField) {

    public ColumnMapping {
        headersByField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headersByField));
    }

    /**
     * Parses a mapping for {@code kind}.
     *
     * @throws IllegalArgumentException naming the pair that is malformed, the unknown field or the
     *                                  required field that has no column
     */
    public static ColumnMapping parse(RecordKind kind, String text) {
        if (text == null || text.isBlank()) {
            return new ColumnMapping(kind, kind.preset());
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : text.split("[;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.strip().length() - 1 && pair.strip().endsWith("=")) {
                throw new IllegalArgumentException("Invalid column mapping entry '" + pair.strip()
                        + "': expected field=Header, such as number=Rechnungsnummer.");
            }
            String field = pair.substring(0, equals).strip();
            String header = pair.substring(equals + 1).strip();
            if (!kind.fields().contains(field)) {
                throw new IllegalArgumentException("Unknown field '" + field + "' in the column mapping for "
                        + kind.value() + ": allowed fields are " + String.join(", ", kind.fields()) + ".");
            }
            map.put(field, header);
        }
        List<String> missing = new ArrayList<>(kind.requiredFields());
        missing.removeAll(map.keySet());
        if (!missing.isEmpty()) {
            java.util.Collections.sort(missing);
            throw new IllegalArgumentException("The column mapping for " + kind.value() + " has no column for the"
                    + " required fields " + String.join(", ", missing) + ". Add entries such as "
                    + missing.get(0) + "=" + kind.preset().get(missing.get(0)) + ".");
        }
        return new ColumnMapping(kind, map);
    }

    /** Returns the header of {@code field}, or {@code null} when the mapping does not name one. */
    public String header(String field) {
        return headersByField.get(field);
    }
}
