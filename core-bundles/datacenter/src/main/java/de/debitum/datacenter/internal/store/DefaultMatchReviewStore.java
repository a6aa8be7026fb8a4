package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.api.store.MatchReviewStore;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.AllocationEntity;
import de.debitum.datacenter.internal.persistence.MatchSuggestionEntity;
import de.debitum.datacenter.internal.persistence.MatchSuggestionItemEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/**
 * The matching review in the {@code match_suggestion} and {@code match_suggestion_item} tables,
 * and explanations and undo in the {@code allocation} table.
 */
@Component(service = MatchReviewStore.class)
public class DefaultMatchReviewStore implements MatchReviewStore {

    private static final String OPEN = MatchSuggestion.State.OPEN.name();
    private static final String OPEN_OF_EXISTING_PAYMENT = "s.tenantId = :tenant and s.state = :open"
            + " and exists (from PaymentEntity p where p.tenantId = s.tenantId and p.id = s.paymentId)";

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultMatchReviewStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Allocation allocate(TenantId tenant, Allocation allocation, String explanation) {
        requireSameTenant(tenant, allocation);
        checkExplanation(explanation);
        return persistence.database().inTransaction(session -> RecordMapping.allocation(
                DefaultAllocationStore.store(session, now(), tenant, allocation, explanation, null)));
    }

    @Override
    public List<GroupResult> allocateAll(TenantId tenant, List<AllocationGroup> groups) {
        if (groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("Too many allocation groups (" + groups.size() + ") in one call: pass at most "
                    + MAX_GROUPS + ".");
        }
        for (AllocationGroup group : groups) {
            group.allocations().forEach(allocation -> requireSameTenant(tenant, allocation));
            checkExplanation(group.explanation());
        }
        return persistence.database().inTransaction(session -> AllocationBatch.store(session, now(), tenant, groups));
    }

    @Override
    public Map<Long, String> explanations(TenantId tenant, Collection<Long> allocationIds) {
        Map<Long, String> result = new HashMap<>();
        for (List<Long> chunk : chunks(allocationIds)) {
            persistence.database().read(session -> {
                session.createSelectionQuery("select id, explanation from AllocationEntity where tenantId = :tenant"
                                + " and id in (:ids) and explanation is not null", Object[].class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(row -> result.put((Long) row[0], (String) row[1]));
                return null;
            });
        }
        return result;
    }

    @Override
    public List<Allocation> listForPayment(TenantId tenant, long paymentId) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "from AllocationEntity where tenantId = :tenant and paymentId = :payment order by id",
                        AllocationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("payment", paymentId)
                .getResultList().stream().map(RecordMapping::allocation).toList());
    }

    @Override
    public List<Allocation> listForPayments(TenantId tenant, Collection<Long> paymentIds) {
        List<Allocation> result = new ArrayList<>();
        for (List<Long> chunk : chunks(new TreeSet<>(paymentIds))) {
            result.addAll(persistence.database().read(session -> session.createSelectionQuery(
                            "from AllocationEntity where tenantId = :tenant and paymentId in (:payments) order by id",
                            AllocationEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("payments", chunk)
                    .getResultList().stream().map(RecordMapping::allocation).toList()));
        }
        result.sort(Comparator.comparingLong(Allocation::id));
        return result;
    }

    @Override
    public Map<Long, Set<String>> mandateReferences(TenantId tenant) {
        return persistence.database().read(session -> {
            Map<Long, Set<String>> result = new HashMap<>();
            session.createSelectionQuery("select distinct d.debtorId, p.mandateReference"
                            + " from AllocationEntity a, PaymentEntity p, DocumentEntity d"
                            + " where a.tenantId = :tenant and p.tenantId = a.tenantId and p.id = a.paymentId"
                            + " and d.tenantId = a.tenantId and d.id = a.documentId and p.mandateReference is not null",
                            Object[].class)
                    .setParameter("tenant", tenant.value())
                    .getResultList()
                    .forEach(row -> result.computeIfAbsent((Long) row[0], unused -> new TreeSet<>()).add((String) row[1]));
            return result;
        });
    }

    @Override
    public Optional<Allocation> findAllocation(TenantId tenant, long allocationId) {
        return persistence.database().read(session -> allocationRow(session, tenant, allocationId)
                .map(RecordMapping::allocation));
    }

    @Override
    public Set<Long> undoneAllocations(TenantId tenant) {
        return persistence.database().read(session -> {
            Set<Long> ids = new HashSet<>();
            session.createSelectionQuery("select id, reversesId from AllocationEntity"
                            + " where tenantId = :tenant and reversesId is not null", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .getResultList()
                    .forEach(row -> {
                        ids.add((Long) row[0]);
                        ids.add((Long) row[1]);
                    });
            return ids;
        });
    }

    @Override
    public Allocation undo(TenantId tenant, long allocationId, String user) {
        requireUser(user);
        return persistence.database().inTransaction(session -> {
            AllocationEntity original = allocationRow(session, tenant, allocationId)
                    .orElseThrow(() -> Rows.notFound("Allocation", allocationId, tenant));
            session.lock(original, LockMode.PESSIMISTIC_WRITE);
            if (original.reversesId != null) {
                throw new IllegalStateException("Allocation " + allocationId + " undoes allocation "
                        + original.reversesId + " and cannot be undone itself; allocate the payment again instead.");
            }
            boolean undone = !session.createSelectionQuery("select id from AllocationEntity"
                            + " where tenantId = :tenant and reversesId = :id", Long.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("id", allocationId)
                    .getResultList().isEmpty();
            if (undone) {
                throw new IllegalStateException("Allocation " + allocationId + " is undone already.");
            }
            Instant now = now();
            Allocation reversal = new Allocation(0, tenant, original.documentId, original.paymentId,
                    original.creditNoteId, AllocationKind.valueOf(original.kind),
                    Money.of(original.amount.negate(), Currency.getInstance(original.currency)),
                    AllocationOrigin.user(user), null);
            AllocationEntity row = DefaultAllocationStore.store(session, now, tenant, reversal, null, allocationId);
            if (original.paymentId != null) {
                rememberRejection(session, tenant, original, user, now);
            }
            AuditLog.append(session, tenant.value(), now, AuditEventType.ALLOCATION_UNDONE, "allocation",
                    String.valueOf(allocationId), null, original.documentId, user, "undone by allocation " + row.id
                            + (original.paymentId == null ? "" : "; payment " + original.paymentId + " is open for matching"));
            return RecordMapping.allocation(row);
        });
    }

    /**
     * Stores the undone pair of payment and documents as a rejected suggestion, so the engine does
     * not allocate the payment to the same documents again.
     */
    private static void rememberRejection(Session session, TenantId tenant, AllocationEntity original, String user,
                                          Instant now) {
        // The documents the payment still settles, such as two invoices paid together: the engine
        // must not propose this set for the payment again.
        Set<Long> documents = new TreeSet<>(session.createSelectionQuery("select a.documentId from AllocationEntity a"
                        + " where a.tenantId = :tenant and a.paymentId = :payment and a.reversesId is null"
                        + " and not exists (from AllocationEntity r where r.tenantId = a.tenantId and r.reversesId = a.id)",
                        Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("payment", original.paymentId)
                .getResultList());
        documents.add(original.documentId);
        MatchSuggestionEntity rejected = new MatchSuggestionEntity();
        rejected.tenantId = tenant.value();
        rejected.paymentId = original.paymentId;
        rejected.rank = 0;
        rejected.score = original.confidence == null ? BigDecimal.ONE : original.confidence;
        rejected.ruleName = original.ruleName == null ? "manual" : original.ruleName;
        rejected.documentKey = String.join(",", documents.stream().map(String::valueOf).toList());
        rejected.explanation = original.explanation == null ? "{}" : original.explanation;
        rejected.state = MatchSuggestion.State.REJECTED.name();
        rejected.decidedBy = user;
        rejected.decidedAt = now;
        rejected.createdAt = now;
        session.persist(rejected);
    }

    @Override
    public void replaceOpen(TenantId tenant, Collection<Long> paymentIds, List<MatchSuggestion> suggestions) {
        for (MatchSuggestion suggestion : suggestions) {
            if (!suggestion.tenant().equals(tenant) || !paymentIds.contains(suggestion.paymentId())) {
                throw new IllegalArgumentException("Suggestion for payment " + suggestion.paymentId() + " of tenant "
                        + suggestion.tenant() + " is not among the payments replaced for tenant " + tenant + ".");
            }
            checkExplanation(suggestion.explanation());
        }
        Map<Long, List<MatchSuggestion>> byPayment = new HashMap<>();
        suggestions.forEach(suggestion -> byPayment.computeIfAbsent(suggestion.paymentId(), unused -> new ArrayList<>())
                .add(suggestion));
        persistence.database().inTransaction(session -> {
            Instant now = now();
            for (List<Long> chunk : chunks(new TreeSet<>(paymentIds))) {
                Map<Long, List<MatchSuggestion>> stored = new HashMap<>();
                toSuggestions(session, session.createSelectionQuery("from MatchSuggestionEntity where tenantId = :tenant"
                                        + " and state = :open and paymentId in (:ids) order by paymentId, rank, id",
                                MatchSuggestionEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("open", OPEN)
                        .setParameter("ids", chunk)
                        .getResultList())
                        .forEach(suggestion -> stored.computeIfAbsent(suggestion.paymentId(), unused -> new ArrayList<>())
                                .add(suggestion));
                List<Long> changed = new ArrayList<>();
                for (long paymentId : chunk) {
                    List<MatchSuggestion> next = byPayment.getOrDefault(paymentId, List.of());
                    // A rerun over unchanged data keeps the rows and their ids, which a person may be reviewing.
                    if (!signature(stored.getOrDefault(paymentId, List.of())).equals(signature(next))) {
                        changed.add(paymentId);
                    }
                }
                if (changed.isEmpty()) {
                    continue;
                }
                supersedeOpen(session, tenant, changed, now);
                for (long paymentId : changed) {
                    for (MatchSuggestion suggestion : byPayment.getOrDefault(paymentId, List.of())) {
                        persist(session, suggestion, now);
                    }
                }
            }
            return null;
        });
    }

    /** Marks the open suggestions of at most 1000 payments as superseded. */
    private static void supersedeOpen(Session session, TenantId tenant, List<Long> paymentIds, Instant now) {
        session.createMutationQuery("update MatchSuggestionEntity set state = :superseded, decidedAt = :now"
                        + " where tenantId = :tenant and state = :open and paymentId in (:ids)")
                .setParameter("superseded", MatchSuggestion.State.SUPERSEDED.name())
                .setParameter("now", now)
                .setParameter("tenant", tenant.value())
                .setParameter("open", OPEN)
                .setParameter("ids", paymentIds)
                .executeUpdate();
    }

    /** Returns what makes two lists of suggestions for a payment the same: every field but ids and times. */
    private static List<String> signature(List<MatchSuggestion> suggestions) {
        List<String> signature = new ArrayList<>();
        for (MatchSuggestion suggestion : suggestions) {
            StringBuilder line = new StringBuilder().append(suggestion.rank()).append('|').append(suggestion.rule())
                    .append('|').append(suggestion.score().stripTrailingZeros().toPlainString())
                    .append('|').append(suggestion.debtorId()).append('|').append(suggestion.explanation());
            for (Allocation allocation : suggestion.allocations()) {
                line.append('|').append(allocation.documentId()).append(':').append(allocation.creditNoteId())
                        .append(':').append(allocation.kind()).append(':')
                        .append(allocation.amount().amount().stripTrailingZeros().toPlainString());
            }
            signature.add(line.toString());
        }
        return signature;
    }

    private static void persist(Session session, MatchSuggestion suggestion, Instant now) {
        MatchSuggestionEntity row = new MatchSuggestionEntity();
        row.tenantId = suggestion.tenant().value();
        row.paymentId = suggestion.paymentId();
        row.debtorId = suggestion.debtorId();
        row.rank = suggestion.rank();
        row.score = suggestion.score();
        row.ruleName = suggestion.rule();
        row.documentKey = suggestion.documentKey();
        row.explanation = suggestion.explanation();
        row.state = OPEN;
        row.createdAt = now;
        session.persist(row);
        for (Allocation allocation : suggestion.allocations()) {
            MatchSuggestionItemEntity item = new MatchSuggestionItemEntity();
            item.suggestionId = row.id;
            item.tenantId = row.tenantId;
            item.documentId = allocation.documentId();
            item.creditNoteId = allocation.creditNoteId();
            item.kind = allocation.kind().name();
            item.amount = allocation.amount().amount();
            item.currency = allocation.amount().currency().getCurrencyCode();
            session.persist(item);
        }
    }

    @Override
    public List<MatchSuggestion> listOpen(TenantId tenant, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("Invalid page offset " + offset + " and limit " + limit
                    + ": use an offset of 0 or more and a limit from 1 to " + MAX_PAGE + ".");
        }
        return persistence.database().read(session -> toSuggestions(session, session.createSelectionQuery(
                        "from MatchSuggestionEntity s where " + OPEN_OF_EXISTING_PAYMENT
                                + " order by s.paymentId, s.rank, s.id", MatchSuggestionEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("open", OPEN)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()));
    }

    @Override
    public long countPaymentsAwaitingReview(TenantId tenant) {
        return persistence.database().read(session -> session.createSelectionQuery(
                        "select count(distinct s.paymentId) from MatchSuggestionEntity s where " + OPEN_OF_EXISTING_PAYMENT,
                        Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("open", OPEN)
                .getSingleResult());
    }

    @Override
    public Optional<MatchSuggestion> find(TenantId tenant, long suggestionId) {
        return persistence.database().read(session -> suggestionRow(session, tenant, suggestionId)
                .map(row -> toSuggestions(session, List.of(row)).get(0)));
    }

    @Override
    public List<Allocation> confirm(TenantId tenant, long suggestionId, String user) {
        requireUser(user);
        return persistence.database().inTransaction(session -> {
            MatchSuggestionEntity row = lockOpen(session, tenant, suggestionId);
            MatchSuggestion suggestion = toSuggestions(session, List.of(row)).get(0);
            Instant now = now();
            List<Allocation> stored = new ArrayList<>();
            for (Allocation proposed : suggestion.allocations()) {
                Allocation confirmed = new Allocation(0, tenant, proposed.documentId(), proposed.paymentId(),
                        proposed.creditNoteId(), proposed.kind(), proposed.amount(), AllocationOrigin.user(user), null);
                stored.add(RecordMapping.allocation(
                        DefaultAllocationStore.store(session, now, tenant, confirmed, row.explanation, null)));
            }
            if (row.debtorId != null) {
                DebtorNameAliases.rememberPayer(session, tenant, row.debtorId, row.paymentId, user, now);
            }
            // The bulk update also marks this row, but the session writes the state set below at commit.
            supersedeOpen(session, tenant, List.of(row.paymentId), now);
            row.state = MatchSuggestion.State.CONFIRMED.name();
            row.decidedBy = user;
            row.decidedAt = now;
            AuditLog.append(session, tenant.value(), now, AuditEventType.SUGGESTION_CONFIRMED, "suggestion",
                    String.valueOf(row.id), row.debtorId, null, user, "payment " + row.paymentId + " to documents "
                            + row.documentKey + " by rule " + row.ruleName + ", score " + row.score);
            return stored;
        });
    }

    @Override
    public Map<Long, List<String>> nameAliases(TenantId tenant) {
        return persistence.database().read(session -> DebtorNameAliases.byDebtor(session, tenant));
    }

    @Override
    public MatchSuggestion reject(TenantId tenant, long suggestionId, String user) {
        requireUser(user);
        return persistence.database().inTransaction(session -> {
            MatchSuggestionEntity row = lockOpen(session, tenant, suggestionId);
            Instant now = now();
            row.state = MatchSuggestion.State.REJECTED.name();
            row.decidedBy = user;
            row.decidedAt = now;
            AuditLog.append(session, tenant.value(), now, AuditEventType.SUGGESTION_REJECTED, "suggestion",
                    String.valueOf(row.id), row.debtorId, null, user, "payment " + row.paymentId + " to documents "
                            + row.documentKey + " by rule " + row.ruleName + ", score " + row.score);
            return toSuggestions(session, List.of(row)).get(0);
        });
    }

    @Override
    public Map<Long, Set<String>> rejectedDocumentKeys(TenantId tenant) {
        return persistence.database().read(session -> {
            Map<Long, Set<String>> keys = new HashMap<>();
            session.createSelectionQuery("select paymentId, documentKey from MatchSuggestionEntity"
                            + " where tenantId = :tenant and state = :rejected", Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("rejected", MatchSuggestion.State.REJECTED.name())
                    .getResultList()
                    .forEach(row -> keys.computeIfAbsent((Long) row[0], unused -> new HashSet<>()).add((String) row[1]));
            return keys;
        });
    }

    @Override
    public Set<Long> documentsWithOpenSuggestions(TenantId tenant, Collection<Long> documentIds) {
        Set<Long> result = new HashSet<>();
        for (List<Long> chunk : chunks(documentIds)) {
            result.addAll(persistence.database().read(session -> openSuggestionDocuments(session, tenant, chunk)));
        }
        return result;
    }

    /** Returns those of at most 1000 documents that an open suggestion of an existing payment would settle. */
    static List<Long> openSuggestionDocuments(Session session, TenantId tenant, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery(
                        "select distinct i.documentId from MatchSuggestionItemEntity i, MatchSuggestionEntity s"
                                + " where s.id = i.suggestionId and i.tenantId = :tenant and i.documentId in (:ids)"
                                + " and " + OPEN_OF_EXISTING_PAYMENT, Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", documentIds)
                .setParameter("open", OPEN)
                .getResultList();
    }

    private static MatchSuggestionEntity lockOpen(Session session, TenantId tenant, long suggestionId) {
        MatchSuggestionEntity row = suggestionRow(session, tenant, suggestionId)
                .orElseThrow(() -> Rows.notFound("Matching suggestion", suggestionId, tenant));
        session.lock(row, LockMode.PESSIMISTIC_WRITE);
        session.refresh(row);
        if (!OPEN.equals(row.state)) {
            throw new IllegalStateException("Matching suggestion " + suggestionId + " is " + row.state
                    + " since " + row.decidedAt + ", not open; reload the review list.");
        }
        return row;
    }

    private static Optional<MatchSuggestionEntity> suggestionRow(Session session, TenantId tenant, long id) {
        return session.createSelectionQuery("from MatchSuggestionEntity where tenantId = :tenant and id = :id",
                        MatchSuggestionEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .uniqueResultOptional();
    }

    private static Optional<AllocationEntity> allocationRow(Session session, TenantId tenant, long id) {
        return session.createSelectionQuery("from AllocationEntity where tenantId = :tenant and id = :id",
                        AllocationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .uniqueResultOptional();
    }

    private static List<MatchSuggestion> toSuggestions(Session session, List<MatchSuggestionEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MatchSuggestionItemEntity>> items = new HashMap<>();
        session.createSelectionQuery("from MatchSuggestionItemEntity where suggestionId in (:ids) order by id",
                        MatchSuggestionItemEntity.class)
                .setParameter("ids", rows.stream().map(row -> row.id).toList())
                .getResultList()
                .forEach(item -> items.computeIfAbsent(item.suggestionId, unused -> new ArrayList<>()).add(item));
        List<MatchSuggestion> result = new ArrayList<>(rows.size());
        for (MatchSuggestionEntity row : rows) {
            TenantId tenant = TenantId.of(row.tenantId);
            AllocationOrigin origin = AllocationOrigin.rule(row.ruleName, row.score);
            List<Allocation> allocations = items.getOrDefault(row.id, List.of()).stream()
                    .map(item -> new Allocation(0, tenant, item.documentId, row.paymentId, item.creditNoteId,
                            AllocationKind.valueOf(item.kind), Money.of(item.amount, Currency.getInstance(item.currency)),
                            origin, null))
                    .toList();
            result.add(new MatchSuggestion(row.id, tenant, row.paymentId, row.debtorId, row.rank, row.score,
                    row.ruleName, row.explanation, allocations, MatchSuggestion.State.valueOf(row.state), row.decidedBy,
                    row.decidedAt, row.createdAt));
        }
        return result;
    }

    private Instant now() {
        return persistence.database().clock().instant();
    }

    private static void requireSameTenant(TenantId tenant, Allocation allocation) {
        if (!allocation.tenant().equals(tenant)) {
            throw new IllegalArgumentException("Allocation of tenant " + allocation.tenant()
                    + " cannot be stored for tenant " + tenant);
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Missing user: name the person who makes the decision.");
        }
        if (user.length() > 100) {
            throw new IllegalArgumentException("User name of " + user.length() + " characters is too long: use at most 100.");
        }
    }

    private static void checkExplanation(String explanation) {
        if (explanation != null && explanation.length() > MAX_EXPLANATION) {
            throw new IllegalArgumentException("Explanation of " + explanation.length()
                    + " characters is too long: the store keeps at most " + MAX_EXPLANATION + ".");
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        return Rows.chunks(ids);
    }
}
