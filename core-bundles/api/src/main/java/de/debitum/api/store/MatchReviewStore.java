package de.debitum.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.TenantId;

/**
 * The matching review: explanations stored with allocations, suggestions that wait for a
 * person, their decisions, and undo. Every change writes an audit event.
 */
@ProviderType
public interface MatchReviewStore {

    /** The maximum page size of {@link #listOpen}. */
    int MAX_PAGE = 200;

    /** The maximum length of an explanation in characters. */
    int MAX_EXPLANATION = 4000;

    /**
     * Stores an allocation as {@link AllocationStore#allocate} does, with the engine's
     * explanation as JSON.
     *
     * @param explanation the explanation, or null; at most {@link #MAX_EXPLANATION} characters
     * @throws NotFoundException        when a referenced row does not exist for the tenant
     * @throws IllegalArgumentException as {@link AllocationStore#allocate}, or when the
     *                                  explanation is too long
     */
    Allocation allocate(TenantId tenant, Allocation allocation, String explanation);

    /** The maximum number of groups in one call of {@link #allocateAll}. */
    int MAX_GROUPS = 1000;

    /**
     * Allocations that settle one payment, with the engine's explanation.
     *
     * @param explanation the explanation as JSON, or null; at most {@link #MAX_EXPLANATION} characters
     */
    record AllocationGroup(List<Allocation> allocations, String explanation) {

        public AllocationGroup {
            allocations = List.copyOf(allocations);
        }
    }

    /**
     * The result of one group of {@link #allocateAll}.
     *
     * @param stored    the allocations stored, with their ids
     * @param rejection why the store rejected an allocation of the group, or null when it stored all
     */
    record GroupResult(List<Allocation> stored, String rejection) {

        public GroupResult {
            stored = List.copyOf(stored);
        }
    }

    /**
     * Stores groups of allocations in one transaction, each allocation as {@link #allocate} does.
     * When the store rejects an allocation ({@link NotFoundException} or
     * {@link IllegalArgumentException} of {@link #allocate}), the rest of its group is left out,
     * the allocations of the group stored before it stay, and the next group goes on.
     *
     * @return one result per group, in the order of the groups
     * @throws IllegalArgumentException when there are more than {@link #MAX_GROUPS} groups, an
     *                                  allocation belongs to another tenant or an explanation is
     *                                  too long; nothing is stored then
     */
    List<GroupResult> allocateAll(TenantId tenant, List<AllocationGroup> groups);

    /** Returns the stored explanations of those allocations that have one, by allocation id. */
    Map<Long, String> explanations(TenantId tenant, Collection<Long> allocationIds);

    /** Lists the allocations that use the payment, by id, undone ones and their reversals included. */
    List<Allocation> listForPayment(TenantId tenant, long paymentId);

    /**
     * Lists the allocations that use the payments, by id, undone ones and their reversals
     * included, in one query per 1000 payment ids.
     */
    List<Allocation> listForPayments(TenantId tenant, Collection<Long> paymentIds);

    /**
     * Returns the mandate references of the payments allocated to each debtor's documents, by
     * debtor id, undone allocations included, in one query.
     */
    Map<Long, Set<String>> mandateReferences(TenantId tenant);

    /** Finds an allocation by id. */
    Optional<Allocation> findAllocation(TenantId tenant, long allocationId);

    /**
     * Returns the ids of the tenant's undone allocations and of the reversing allocations that
     * undid them: the pairs cancel out, so matching treats their payments as not allocated.
     */
    Set<Long> undoneAllocations(TenantId tenant);

    /**
     * Undoes an allocation by storing a reversing allocation of the negated amount, so the
     * document is open again and the ledger books the reversal. When the allocation used a
     * payment, the pair of payment and documents is also stored as rejected, so matching does not
     * make the same allocation again.
     *
     * @return the reversing allocation
     * @throws NotFoundException        when the allocation does not exist for the tenant
     * @throws IllegalStateException    when it is undone already or is itself a reversal
     */
    Allocation undo(TenantId tenant, long allocationId, String user);

    /**
     * Replaces the open suggestions of the payments by the given ones: the open ones become
     * {@link MatchSuggestion.State#SUPERSEDED}, the new ones are stored as open.
     */
    void replaceOpen(TenantId tenant, Collection<Long> paymentIds, List<MatchSuggestion> suggestions);

    /**
     * Lists the tenant's open suggestions of payments that still exist, by payment id and rank.
     *
     * @throws IllegalArgumentException when offset is negative or limit is not from 1 to {@link #MAX_PAGE}
     */
    List<MatchSuggestion> listOpen(TenantId tenant, int offset, int limit);

    /** Counts the tenant's payments that have an open suggestion. */
    long countPaymentsAwaitingReview(TenantId tenant);

    Optional<MatchSuggestion> find(TenantId tenant, long suggestionId);

    /**
     * Marks an open suggestion as confirmed and stores its allocations as made by the user,
     * with its explanation; the other open suggestions of the payment become superseded. The
     * store records the payer's IBAN for the debtor, as for every allocation, and the payer's
     * name as an alias of the suggestion's debtor (see {@link #nameAliases}).
     *
     * @return the stored allocations
     * @throws NotFoundException        when the suggestion does not exist for the tenant
     * @throws IllegalStateException    when it is not open
     * @throws IllegalArgumentException when the store rejects an allocation (the payment was
     *                                  allocated meanwhile, for example); nothing is stored then
     */
    List<Allocation> confirm(TenantId tenant, long suggestionId, String user);

    /**
     * Returns the payer names people confirmed for the tenant's debtors, by debtor id: matching
     * compares a payer's name with these as with the debtor's own name.
     */
    Map<Long, List<String>> nameAliases(TenantId tenant);

    /**
     * Marks an open suggestion as rejected.
     *
     * @throws NotFoundException     when the suggestion does not exist for the tenant
     * @throws IllegalStateException when it is not open
     */
    MatchSuggestion reject(TenantId tenant, long suggestionId, String user);

    /** Returns the document keys of the rejected suggestions, by payment id. */
    Map<Long, Set<String>> rejectedDocumentKeys(TenantId tenant);

    /** Returns those of the documents that some open suggestion would settle. */
    Set<Long> documentsWithOpenSuggestions(TenantId tenant, Collection<Long> documentIds);
}
