package de.debitum.datacenter.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.ingest.DataKind;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.CoverageGap;
import de.debitum.api.store.CoverageService;
import de.debitum.api.store.SourceCoverage;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.SourceCoverageEntity;

/** Source coverage from the {@code source_coverage} table, merged per source and kind when read. */
@Component(service = CoverageService.class)
public class DefaultCoverageService implements CoverageService {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultCoverageService(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public List<SourceCoverage> coverage(TenantId tenant) {
        Map<String, List<Periods.Range>> bySourceAndKind = load(tenant);
        List<SourceCoverage> coverage = new ArrayList<>();
        bySourceAndKind.forEach((key, ranges) -> {
            String[] parts = key.split("\u0000", 2);
            for (Periods.Range range : Periods.merge(ranges)) {
                coverage.add(new SourceCoverage(parts[0], DataKind.valueOf(parts[1]), range.from(), range.to()));
            }
        });
        return coverage;
    }

    @Override
    public List<CoverageGap> gaps(TenantId tenant, Set<String> enabledPaymentSources) {
        Map<String, List<Periods.Range>> bySourceAndKind = load(tenant);
        List<Periods.Range> invoiceRanges = new ArrayList<>();
        bySourceAndKind.forEach((key, ranges) -> {
            if (key.endsWith("\u0000" + DataKind.INVOICES.name())) {
                invoiceRanges.addAll(ranges);
            }
        });
        List<Periods.Range> invoices = Periods.merge(invoiceRanges);
        List<CoverageGap> gaps = new ArrayList<>();
        for (String source : new TreeSet<>(enabledPaymentSources)) {
            List<Periods.Range> paid = Periods.merge(
                    bySourceAndKind.getOrDefault(source + "\u0000" + DataKind.PAYMENTS.name(), List.of()));
            for (Periods.Range gap : Periods.subtract(invoices, paid)) {
                gaps.add(new CoverageGap(source, gap.from(), gap.to()));
            }
        }
        return gaps;
    }

    /** Loads the tenant's ranges keyed by source and kind, in source and kind order. */
    private Map<String, List<Periods.Range>> load(TenantId tenant) {
        List<SourceCoverageEntity> rows = persistence.database().read(session -> session.createSelectionQuery(
                        "from SourceCoverageEntity where tenantId = :tenant order by source, kind, coveredFrom", SourceCoverageEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList());
        Map<String, List<Periods.Range>> ranges = new LinkedHashMap<>();
        for (SourceCoverageEntity row : rows) {
            ranges.computeIfAbsent(row.source + "\u0000" + row.kind, key -> new ArrayList<>())
                    .add(new Periods.Range(row.coveredFrom, row.coveredTo));
        }
        return ranges;
    }
}
