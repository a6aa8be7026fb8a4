package de.debitum.api.dunning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * Dunning data of one tenant. Every write appends audit events in the same transaction. Methods
 * that take a collection of ids accept at most {@link #MAX_IDS} of them.
 */
@ProviderType
public interface DunningStore {

    /** The maximum number of ids per call and rows per page. */
    int MAX_IDS = 1000;

    /** Returns the tenant's settings, {@link DunningSettings#DEFAULT} when it never saved any. */
    DunningSettings settings(TenantId tenant);

    /**
     * Saves the policy text (null for the default policy) and the automatic-sending switch.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    DunningSettings saveSettings(TenantId tenant, String policyText, boolean autoSend, String actor);

    /**
     * Stores a block for a debtor, or for one of its documents when {@code documentId} is set.
     *
     * @throws de.debitum.api.store.NotFoundException when the debtor or document does not exist
     * @throws IllegalArgumentException when the document belongs to another debtor, the reason is
     *                                  blank or longer than 500 characters, or the dates are invalid
     */
    DunningBlockEntry addBlock(TenantId tenant, long debtorId, Long documentId, DunningBlockKind kind, String reason,
                               LocalDate from, LocalDate until, String actor);

    /** Lifts a block; lifting it again changes nothing. */
    DunningBlockEntry liftBlock(TenantId tenant, long blockId, String actor);

    /** Lists the blocks of the debtors that are not lifted, including those that ended. */
    List<DunningBlockEntry> blocksOfDebtors(TenantId tenant, Collection<Long> debtorIds);

    /**
     * Lists the tenant's blocks that are not lifted, including those that ended, by id after
     * {@code afterId}; {@code limit} from 1 to {@link #MAX_IDS}.
     */
    List<DunningBlockEntry> blocks(TenantId tenant, long afterId, int limit);

    /**
     * Records that a person checked a document from an unsafe source (such as text read from a
     * plain PDF) or with a flag (such as a booking aid), so that it may be dunned. It stores the
     * same confirmation as {@link de.debitum.api.store.DocumentStore#confirm}.
     */
    void confirmDocument(TenantId tenant, long documentId, String actor);

    /**
     * Returns those of the documents that come from an unsafe source or carry a flag, and that
     * no person confirmed.
     */
    Set<Long> unconfirmedUnsafeDocuments(TenantId tenant, Collection<Long> documentIds);

    /**
     * Returns those of the debtors that have a received payment from one of their known IBANs that
     * is not fully allocated, or a credit note with credit left: either may settle an item that the
     * run would otherwise remind.
     *
     * <p>NOTE: a payment from an IBAN that no debtor is known by blocks no debtor, although it may
     * belong to any of them.
     */
    Set<Long> debtorsWithUnallocatedPayments(TenantId tenant, Collection<Long> debtorIds);

    /**
     * Returns those of the documents that an open matching suggestion would settle: a person has
     * yet to decide whether a received payment pays them.
     */
    Set<Long> documentsWithOpenSuggestions(TenantId tenant, Collection<Long> documentIds);

    /** Returns the notices that listed each document, oldest first, cancelled ones included. */
    Map<Long, List<NoticeHistoryEntry>> history(TenantId tenant, Collection<Long> documentIds);

    /** Returns those of the documents that were escalated to collections. */
    Set<Long> escalatedDocuments(TenantId tenant, Collection<Long> documentIds);

    /** Stores the start of a run. */
    DunningRunRecord startRun(TenantId tenant, LocalDate runDate, String trigger, String actor);

    /**
     * Stores one page of a run in one transaction: the notices with their items, the escalations
     * and the skips, each with its audit events. A final notice whose documents are all escalated
     * moves to {@link NoticeStatus#ESCALATED}.
     *
     * @return the stored notices, in the order given
     */
    List<StoredNotice> recordPage(TenantId tenant, long runId, List<NoticeDraft> notices,
                                  List<EscalationDraft> escalations, List<SkipEntry> skips, String actor);

    /** Stores the end of a run with its counts. */
    DunningRunRecord finishRun(TenantId tenant, long runId, int notices, int escalations, int skipped);

    Optional<DunningRunRecord> run(TenantId tenant, long runId);

    Optional<StoredNotice> notice(TenantId tenant, long noticeId);

    /** Lists notices in the given statuses by id; {@code limit} from 1 to {@link #MAX_IDS}. */
    List<StoredNotice> notices(TenantId tenant, Set<NoticeStatus> statuses, long afterId, int limit);

    /**
     * Moves a notice to another status with an audit event. Allowed: awaiting approval or postponed
     * to approved, postponed or cancelled; approved to postponed, cancelled or handed to output.
     *
     * @param postponedUntil the day a postponed notice waits for approval again; required for
     *                       {@link NoticeStatus#POSTPONED}, ignored otherwise
     * @throws de.debitum.api.store.NotFoundException when the tenant has no such notice
     * @throws IllegalStateException when the notice's status does not allow the change
     */
    StoredNotice changeStatus(TenantId tenant, long noticeId, NoticeStatus status, LocalDate postponedUntil,
                              String actor);

    /**
     * Changes the deadline, fee or interest of a notice that output has not taken yet.
     *
     * @throws IllegalStateException when the notice was cancelled, handed to output or escalated
     * @throws IllegalArgumentException when the deadline is before the notice date or the fee negative
     */
    StoredNotice edit(TenantId tenant, long noticeId, NoticeChange change, String actor);

    /** Lists escalated claims by id; {@code limit} from 1 to {@link #MAX_IDS}. */
    List<Escalation> escalations(TenantId tenant, long afterId, int limit);
}
