package de.debitum.matching;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;

/** Matches a tenant's payments to its open items and stores the automatic allocations. */
@ProviderType
public interface MatchingService {

    /**
     * Matches every payment of the tenant booked between the two days (both included) that has
     * no allocation yet (or only undone ones), against the tenant's open items. Allocations above
     * the settings' confidence bar, with their explanation, and reopening allocations of returns
     * are stored. The suggestions below the bar replace the open suggestions of the payments
     * looked at; a pair of payment and documents that a person rejected or undid is neither
     * allocated nor suggested again. A second run over the same data looks only at the payments
     * still without an allocation, against the open items the first run left. So it can allocate
     * payments that were ambiguous before, or that named an invoice another payment has settled
     * since. Open suggestions that come out the same keep their rows and ids, and the others are
     * replaced.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}, or the range is
     *                                  longer than 400 days
     */
    MatchRun match(TenantId tenant, LocalDate from, LocalDate to, MatchingSettings settings);

    /**
     * Stores a proposal that a person confirmed, as allocations made by that person. The store
     * records the payer's IBAN for the debtor, so the next payment from that IBAN can be
     * matched without a person.
     *
     * @return the stored allocations, with their ids
     * @throws IllegalArgumentException when {@code user} is blank, or an allocation belongs to
     *                                  another tenant or is rejected by the store
     */
    List<Allocation> confirm(TenantId tenant, Proposal proposal, String user);

    /**
     * Lists the tenant's open suggestions, by payment and rank.
     *
     * @throws IllegalArgumentException when offset is negative or limit is not from 1 to 200
     */
    List<MatchSuggestion> openSuggestions(TenantId tenant, int offset, int limit);

    /** Counts the tenant's payments that have open suggestions. */
    long paymentsAwaitingReview(TenantId tenant);

    /**
     * Confirms a stored suggestion: stores its allocations as made by the user, with its
     * explanation, and supersedes the other suggestions for the payment. The store records the
     * payer's IBAN for the debtor, so that the next payment from that IBAN is matched without a
     * person.
     *
     * @throws de.debitum.api.store.NotFoundException when the suggestion does not exist
     * @throws IllegalStateException                  when it is not open
     * @throws IllegalArgumentException               when the user is missing or the store rejects
     *                                                an allocation
     */
    List<Allocation> confirmSuggestion(TenantId tenant, long suggestionId, String user);

    /**
     * Rejects a stored suggestion, so that matching does not propose the payment for the same
     * documents again.
     *
     * @throws de.debitum.api.store.NotFoundException when the suggestion does not exist
     * @throws IllegalStateException                  when it is not open
     */
    MatchSuggestion rejectSuggestion(TenantId tenant, long suggestionId, String user);

    /**
     * Allocates a payment to a document by hand and supersedes the open suggestions for the
     * payment.
     *
     * @param amount the amount to allocate, or null for the smaller of the document's open amount
     *               and the payment's unallocated amount
     * @throws de.debitum.api.store.NotFoundException when the payment or document does not exist
     * @throws IllegalArgumentException               when the amount is not positive, nothing is
     *                                                left to allocate, or the store rejects it
     */
    Allocation allocateManually(TenantId tenant, long paymentId, long documentId, Money amount, String user);

    /**
     * Undoes an allocation: the document is open again, the payment waits for matching, and the
     * pair of payment and documents is not allocated automatically again.
     *
     * @return the reversing allocation
     * @throws de.debitum.api.store.NotFoundException when the allocation does not exist
     * @throws IllegalStateException                  when it is undone already or is a reversal
     */
    Allocation undo(TenantId tenant, long allocationId, String user);
}
