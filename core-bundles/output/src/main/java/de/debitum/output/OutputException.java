package de.debitum.output;

/** A request to the output service is invalid; the message says which value and what to do, in German and English. */
public class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String germanMessage;

    public OutputException(String germanMessage, String englishMessage) {
        super(englishMessage);
        this.germanMessage = germanMessage;
    }

    /** Returns the message in German, for users. */
    public String germanMessage() {
        return germanMessage;
    }

    /** Returns the German message followed by the English one, for the shell and logs. */
    public String bilingualMessage() {
        return germanMessage + " / " + getMessage();
    }
}
