package de.debitum.api.store;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Coverage of each source's data: the periods it delivered completely. */
@ProviderType
public interface CoverageService {

    /** Lists the merged coverage of every source of the tenant, by source, kind and start. */
    List<SourceCoverage> coverage(TenantId tenant);

    /**
     * Lists the periods for which invoice data exists but payment data from one of the
     * {@code enabledPaymentSources} does not. An empty list means payment data is complete for
     * every period with invoices.
     */
    List<CoverageGap> gaps(TenantId tenant, Set<String> enabledPaymentSources);
}
