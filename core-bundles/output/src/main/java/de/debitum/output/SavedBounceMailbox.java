package de.debitum.output;

/**
 * A tenant's saved bounce mailbox as it may be shown to users: the password is never part of it.
 *
 * @param settings      the saved settings with a null password
 * @param passwordSaved whether a password is saved, which reading the mailbox needs
 */
public record SavedBounceMailbox(BounceMailboxSettings settings, boolean passwordSaved) {

    public SavedBounceMailbox {
        if (settings.password() != null) {
            throw new IllegalArgumentException("A saved bounce mailbox must not carry its password; pass a null password.");
        }
    }
}
