package de.debitum.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Debtor;
import de.debitum.api.model.DunningBlock;
import de.debitum.api.model.TenantId;

/** Debtors of one tenant. Debtors are created through ingestion. */
@ProviderType
public interface DebtorStore {

    Optional<Debtor> find(TenantId tenant, long debtorId);

    Optional<Debtor> findByExternalId(TenantId tenant, String source, String externalId);

    /** Lists debtors ordered by id, {@code limit} at most 1000. */
    List<Debtor> list(TenantId tenant, int offset, int limit);

    /**
     * Finds the debtors with the given ids, by id; unknown ids are left out.
     *
     * @throws IllegalArgumentException when more than 1000 ids are given
     */
    List<Debtor> findAll(TenantId tenant, Collection<Long> debtorIds);

    /**
     * Sets or lifts ({@code block} null) the dunning block of a debtor, with an audit event.
     *
     * @throws NotFoundException when the tenant has no such debtor
     */
    Debtor setDunningBlock(TenantId tenant, long debtorId, DunningBlock block, String actor);
}
