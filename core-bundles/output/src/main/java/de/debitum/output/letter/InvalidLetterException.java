package de.debitum.output.letter;

/**
 * Signals letter input that cannot be rendered. The message names the value and what to
 * change, in German followed by the English text.
 */
public final class InvalidLetterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidLetterException(String german, String english) {
        super(german + " / " + english);
    }
}
