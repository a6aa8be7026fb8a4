package de.debitum.api.store;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * Deletion of debtor data at a user's request (GDPR Art. 17). Data without a retention duty is
 * deleted physically. Booked documents fall under the retention duty of § 147 AO and § 257 HGB,
 * so they are blocked until it ends, together with the debtor they belong to.
 */
@ProviderType
public interface DeletionService {

    /**
     * Deletes a debtor with its documents, their allocations and original files, except what a
     * retention duty keeps.
     *
     * @throws NotFoundException when the tenant has no such debtor
     */
    DeletionResult deleteDebtor(TenantId tenant, long debtorId, String actor);
}
