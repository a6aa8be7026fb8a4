package de.debitum.connector.csv.internal;

/**
 * A row that was not imported: its number as a spreadsheet shows it (the header is row 1), the
 * column, the value and what was expected, in German and in English.
 */
public record RowProblem(long row, String column, String value, String expectedGerman, String expectedEnglish) {

    public String german() {
        return "Zeile " + row + ", Spalte '" + column + "': Wert " + shown("(leer)") + " – erwartet: " + expectedGerman;
    }

    public String english() {
        return "Row " + row + ", column '" + column + "': value " + shown("(empty)") + " – expected: " + expectedEnglish;
    }

    private String shown(String empty) {
        if (value == null || value.isEmpty()) {
            return empty;
        }
        String shortened = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return "'" + shortened.replace('\n', ' ').replace('\r', ' ') + "'";
    }
}
