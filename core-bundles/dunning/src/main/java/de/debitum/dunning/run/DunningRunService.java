package de.debitum.dunning.run;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.dunning.NoticeChange;
import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.TenantId;
import de.debitum.dunning.policy.DunningPolicy;

/**
 * Runs dunning for a tenant and manages the notices a run created. Every call takes the tenant;
 * errors meant for users carry a German sentence followed by an English one.
 */
@ProviderType
public interface DunningRunService {

    /** The maximum number of notices, escalations and skips each that a {@link RunResult} lists. */
    int MAX_LISTED = 10_000;

    /** The actor recorded for scheduled runs. */
    String SCHEDULER = "dunning-scheduler";

    /**
     * Computes what {@link #run} would do on {@code runDate} without storing anything: the notices,
     * the escalations and every overdue item skipped with its reason.
     */
    RunResult preview(TenantId tenant, LocalDate runDate);

    /**
     * Creates the notices and escalations of {@code runDate}. A second run on the same day creates
     * nothing new, because each item already reminded that day is skipped.
     *
     * @throws IllegalArgumentException when {@code runDate} is after today in Europe/Berlin
     */
    RunResult run(TenantId tenant, LocalDate runDate, String actor);

    /** Returns the tenant's policy: its stored one, or the German default. */
    DunningPolicy policy(TenantId tenant);

    /**
     * Stores a policy for the tenant.
     *
     * @throws IllegalArgumentException listing every error of the policy
     */
    void savePolicy(TenantId tenant, DunningPolicy policy, String actor);

    /** Turns automatic sending on or off; while off, new notices wait for approval. */
    void setAutoSend(TenantId tenant, boolean autoSend, String actor);

    boolean autoSend(TenantId tenant);

    StoredNotice approve(TenantId tenant, long noticeId, String actor);

    /** Approves every notice that waits for approval, including postponed ones whose date has come. */
    int approveAll(TenantId tenant, LocalDate today, String actor);

    StoredNotice postpone(TenantId tenant, long noticeId, LocalDate until, String actor);

    StoredNotice cancel(TenantId tenant, long noticeId, String actor);

    StoredNotice edit(TenantId tenant, long noticeId, NoticeChange change, String actor);

    /** Lists notices that wait for approval, postponed ones included, by id. */
    List<StoredNotice> noticesAwaitingApproval(TenantId tenant, long afterId, int limit);

    /** Lists approved notices with the debtor's address data, by id, at most {@code limit} (1 to 1000). */
    List<NoticeForOutput> noticesReadyForOutput(TenantId tenant, int limit);

    /** Records that output took the notice over for delivery. */
    StoredNotice markHandedToOutput(TenantId tenant, long noticeId, String actor);
}
