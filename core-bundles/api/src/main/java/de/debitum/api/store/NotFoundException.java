package de.debitum.api.store;

/** The requested row does not exist for the given tenant. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
