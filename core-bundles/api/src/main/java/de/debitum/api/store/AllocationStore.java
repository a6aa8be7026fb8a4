package de.debitum.api.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.TenantId;

/** Allocations and the open items derived from them. */
@ProviderType
public interface AllocationStore {

    /**
     * Stores an allocation with an audit event. The document, and the payment or credit note it
     * names, must belong to the tenant; the amount must be in the document's currency.
     *
     * @throws NotFoundException when a referenced row does not exist for the tenant
     * @throws IllegalArgumentException when the currency differs or a duplicate payment is used
     */
    Allocation allocate(TenantId tenant, Allocation allocation);

    List<Allocation> listForDocument(TenantId tenant, long documentId);

    /** Returns the open item of a document: its amount due minus its allocations. */
    Optional<OpenItem> openItem(TenantId tenant, long documentId);

    /** Lists the tenant's documents whose open amount is not zero, oldest due date first. */
    List<OpenItem> openItems(TenantId tenant);

    /**
     * Lists the open invoices (every kind but credit notes) due before {@code dueBefore} of the
     * next debtors after {@code afterDebtorId}: all such items of at most {@code debtorLimit}
     * debtors, by debtor id and document id. A caller pages through a tenant by passing the last
     * debtor id it received, until the list is empty. Documents whose deletion is pending are left out.
     *
     * @throws IllegalArgumentException when {@code debtorLimit} is not between 1 and 1000
     */
    List<OpenItem> overdueOpenItems(TenantId tenant, LocalDate dueBefore, long afterDebtorId, int debtorLimit);
}
