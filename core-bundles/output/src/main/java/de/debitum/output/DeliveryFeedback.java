package de.debitum.output;

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
     * @throws OutputException when a setting is invalid
     */
    void configureBounceMailbox(TenantId tenant, BounceMailboxSettings settings);

    /** Reads the new messages of every tenant's bounce mailbox and returns how many deliveries failed. */
    int pollBounces();

    /** Asks the post provider for the state of recently sent letters and returns how many failed. */
    int pollPostStatus();
}
