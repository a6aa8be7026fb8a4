package de.debitum.output;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * Reads back what happened to sent deliveries: bounces from each tenant's bounce mailbox and the
 * post provider's letter states. A bounce or a rejected letter turns the outbox entry from sent
 * into failed for good, with the reason and an audit event. A background worker polls on its
 * interval; the poll methods do the same on the calling thread.
 */
@ProviderType
public interface DeliveryFeedback {

    /**
     * Saves the tenant's bounce mailbox. The password is stored encrypted; a null password keeps
     * the stored one.
     *
     * @throws OutputException when a setting is invalid, or the password is null and none is stored
     */
    void configureBounceMailbox(TenantId tenant, BounceMailboxSettings settings);

    /** Returns the tenant's saved bounce mailbox without its password, empty when none is saved. */
    Optional<SavedBounceMailbox> bounceMailbox(TenantId tenant);

    /** Deletes the tenant's bounce mailbox with its password; its bounces are no longer read. Does nothing when none is saved. */
    void clearBounceMailbox(TenantId tenant);

    /** Reads the new messages of every tenant's bounce mailbox and returns how many deliveries failed. */
    int pollBounces();

    /** Asks the post provider for the state of recently sent letters and returns how many failed. */
    int pollPostStatus();
}
