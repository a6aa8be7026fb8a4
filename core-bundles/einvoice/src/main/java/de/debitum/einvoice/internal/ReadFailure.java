package de.debitum.einvoice.internal;

import de.debitum.einvoice.Rejection;

/** Thrown inside the reader when a file must be rejected; carries the rejection for the caller. */
public final class ReadFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    public ReadFailure(Rejection rejection) {
        super(rejection.messageEn(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
