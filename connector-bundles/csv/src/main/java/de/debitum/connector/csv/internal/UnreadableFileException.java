package de.debitum.connector.csv.internal;

/** Thrown when a file cannot be read at all; it goes to {@code .error} with both messages. */
public final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String german;

    public UnreadableFileException(String german, String english) {
        super(english);
        this.german = german;
    }

    public String german() {
        return german;
    }

    public String english() {
        return getMessage();
    }
}
