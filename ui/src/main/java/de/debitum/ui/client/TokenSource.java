package de.debitum.ui.client;

/** Supplies the bearer token for hub calls of one signed-in user. */
public interface TokenSource {

    /** Returns the current token, renewing it first when it has expired or is about to. */
    String token();

    /**
     * Gets a new token after the hub rejected the current one with 401.
     *
     * @throws HubException with status 401 when the user must sign in again
     */
    String renew();
}
