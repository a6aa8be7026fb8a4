package de.debitum.api.dunning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import de.debitum.api.model.TenantId;

/**
 * A stored dunning block for a debtor or for one of its documents.
 *
 * @param documentId the blocked document, or null when the block covers every document of the debtor
 * @param from       the first day of the block
 * @param until      the last day of the block (inclusive), or null until it is lifted
 * @param liftedAt   when a person lifted it, or null while it is in force
 */
public record DunningBlockEntry(long id, TenantId tenant, long debtorId, Long documentId, DunningBlockKind kind,
                                String reason, LocalDate from, LocalDate until, String createdBy, Instant createdAt,
                                Instant liftedAt) {

    public DunningBlockEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
    }
}
