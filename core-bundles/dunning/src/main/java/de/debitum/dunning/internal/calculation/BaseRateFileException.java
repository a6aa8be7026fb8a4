package de.debitum.dunning.internal.calculation;

/**
 * A base-rate file that cannot be used. The message names the file, the line (0 for the file as
 * a whole) and what a valid line looks like, German first.
 */
public final class BaseRateFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int lineNumber;

    public BaseRateFileException(String source, int lineNumber, String messageDe, String messageEn) {
        super(prefix(source, lineNumber, "Zeile") + messageDe + " / " + prefix(source, lineNumber, "line") + messageEn);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    public String source() {
        return source;
    }

    /** Returns the 1-based line number, or 0 when the problem concerns the whole file. */
    public int lineNumber() {
        return lineNumber;
    }

    private static String prefix(String source, int lineNumber, String lineWord) {
        return lineNumber > 0 ? source + ", " + lineWord + " " + lineNumber + ": " : source + ": ";
    }
}
