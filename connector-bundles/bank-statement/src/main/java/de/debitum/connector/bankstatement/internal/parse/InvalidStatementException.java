package de.debitum.connector.bankstatement.internal.parse;

/**
 * Raised while reading a statement whose content breaks the format; the reader turns it into a
 * {@link Rejection} of that statement and goes on with the next one.
 */
final class InvalidStatementException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String value;
    private final String expected;
    private final Message problem;

    /**
     * @param location  "Zeile 6" or "Buchung 3"
     * @param problem   what is wrong, without location, value or expectation
     */
    InvalidStatementException(String location, Message problem, String value, String expected) {
        super(problem.english() + (value == null ? "" : ": '" + value + "'"));
        this.location = location;
        this.value = value == null ? null : shorten(value);
        this.expected = expected;
        this.problem = problem;
    }

    Rejection toRejection(String statementId) {
        StringBuilder german = new StringBuilder();
        StringBuilder english = new StringBuilder();
        if (statementId != null) {
            german.append("Kontoauszug ").append(statementId).append(", ");
            english.append("Statement ").append(statementId).append(", ");
        }
        if (location != null) {
            german.append(location).append(": ");
            english.append(location.replace("Zeile", "line").replace("Buchung", "entry")).append(": ");
        }
        german.append(problem.german());
        english.append(problem.english());
        if (value != null) {
            german.append(" Gefunden: '").append(value).append("'.");
            english.append(" Found: '").append(value).append("'.");
        }
        if (expected != null) {
            german.append(" Erwartet: ").append(expected).append('.');
            english.append(" Expected: ").append(expected).append('.');
        }
        return new Rejection(statementId, location, value, expected,
                new Message(german.toString(), english.toString()));
    }

    static String shorten(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
