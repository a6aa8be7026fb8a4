package de.debitum.api.query;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * Paginated lists and figures over one tenant's receivables. Lists run as indexed queries with
 * {@code LIMIT}/{@code OFFSET}; none loads a whole table.
 */
@ProviderType
public interface ReceivablesQueries {

    /** Lists documents; {@code size} is 1 to {@link Page#MAX_SIZE}. */
    Page<DocumentSummary> documents(TenantId tenant, DocumentFilter filter, int page, int size);

    /** Lists debtors ordered by name and id; {@code text} matches the start of the name or customer number. */
    Page<DebtorSummary> debtors(TenantId tenant, String text, int page, int size);

    /** Lists payments, newest booking date first; {@code unallocatedOnly} keeps incoming payments without allocation. */
    Page<PaymentSummary> payments(TenantId tenant, boolean unallocatedOnly, int page, int size);

    /** Lists import batches, newest first. */
    Page<ImportBatchSummary> imports(TenantId tenant, int page, int size);

    ReceivablesOverview overview(TenantId tenant, LocalDate asOf);
}
