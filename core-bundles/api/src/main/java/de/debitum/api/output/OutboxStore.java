package de.debitum.api.output;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * The outbox table. Entries are unique per tenant, document key, channel and recipient, so a
 * document goes out at most once to each recipient on each channel. Every method but
 * {@link #claimDue} and {@link #abandonStale} takes the tenant and sees only its rows.
 */
@ProviderType
public interface OutboxStore {

    /**
     * Adds an entry in state {@link OutboxStatus#QUEUED}, due at once, or returns the existing
     * entry for the same document key, channel and recipient.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant, the debtor or the document
     *         named does not exist
     * @throws IllegalArgumentException when a value is empty or too long, or the PDF too large
     */
    Enqueued enqueue(TenantId tenant, NewOutboxEntry entry);

    /**
     * Moves up to {@code max} pending entries of the given channels that are due at {@code now}
     * to {@link OutboxStatus#SENDING} and counts the attempt. Two workers never claim the same
     * entry. Oldest due first, across all tenants.
     */
    List<OutboxEntry> claimDue(Instant now, Set<OutboxChannel> channels, int max);

    /**
     * Records a delivery and appends a {@code SENT} audit event with the message id in the same
     * transaction.
     *
     * @param actor who sent it, such as {@code output:email} or a user name
     * @throws de.debitum.api.store.NotFoundException when the entry does not exist for the tenant
     */
    OutboxEntry markSent(TenantId tenant, long id, String messageId, Instant at, String actor);

    /**
     * Records a failed attempt: {@link OutboxStatus#FAILED_TRANSIENT} with the next attempt time,
     * or {@link OutboxStatus#FAILED_FINAL} when {@code nextAttemptAt} is null.
     *
     * @throws de.debitum.api.store.NotFoundException when the entry does not exist for the tenant
     */
    OutboxEntry markFailed(TenantId tenant, long id, String reason, Instant nextAttemptAt, Instant at);

    /**
     * Records that a sent entry did not reach the recipient after all, such as a bounced e-mail
     * or a letter the post provider rejected: the entry moves to {@link OutboxStatus#FAILED_FINAL}
     * with the reason and keeps its message id, and a {@code DELIVERY_FAILED} audit event is
     * appended in the same transaction.
     *
     * @param actor what reported it, such as {@code output:bounce}
     * @return the entry, or empty when it is not in {@link OutboxStatus#SENT} (already recorded)
     * @throws de.debitum.api.store.NotFoundException when the entry does not exist for the tenant
     */
    Optional<OutboxEntry> markUndelivered(TenantId tenant, long id, String reason, Instant at, String actor);

    /**
     * Puts an entry that failed for good back into the queue, due at {@code at}, with its attempts
     * counted from zero: for a tenant who fixed the cause, such as the SMTP settings.
     *
     * @throws de.debitum.api.store.NotFoundException when the entry does not exist for the tenant
     * @throws IllegalStateException when the entry is not in {@link OutboxStatus#FAILED_FINAL}
     */
    OutboxEntry requeue(TenantId tenant, long id, Instant at);

    /**
     * Marks entries that stayed in {@link OutboxStatus#SENDING} since before {@code before} as
     * {@link OutboxStatus#FAILED_FINAL} with {@code reason}: their worker stopped mid-delivery, so
     * whether the debtor received them is unknown and sending again could send twice.
     *
     * @return the number of entries marked
     */
    int abandonStale(Instant before, String reason);

    /** Returns a page of the tenant's entries that match the filter, newest first. */
    OutboxPage list(TenantId tenant, OutboxFilter filter, int offset, int limit);

    Optional<OutboxEntry> find(TenantId tenant, long id);

    /** Returns the PDF of an entry, or empty when the tenant has no such entry. */
    Optional<byte[]> pdf(TenantId tenant, long id);

    /** Returns the tenant's entries with the given ids, in the order of the ids; unknown ids are left out. */
    List<OutboxEntry> findAll(TenantId tenant, List<Long> ids);
}
