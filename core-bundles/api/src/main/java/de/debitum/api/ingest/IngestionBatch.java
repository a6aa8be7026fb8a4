package de.debitum.api.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;

/**
 * A batch of records that one connector instance read from its source.
 *
 * @param tenant     the tenant the instance works for
 * @param source     the source system, such as {@code easybill} or {@code camt:DE02...}; together
 *                   with a record's external id it identifies the record
 * @param instanceId the connector instance that read the batch
 * @param records    debtors, documents and payments in any order (debtors are stored first)
 * @param coverage   periods for which this batch completes the source's data, may be empty
 * @param checkpoint the instance's checkpoint after this batch, if it keeps one
 */
public record IngestionBatch(TenantId tenant, String source, String instanceId, List<CanonicalRecord> records,
                             List<CoveragePeriod> coverage, Optional<Checkpoint> checkpoint) {

    /** Maximum number of records in one batch; split larger reads. */
    public static final int MAX_RECORDS = 100_000;

    public IngestionBatch {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instanceId, "instanceId");
        records = List.copyOf(records);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
        checkpoint = checkpoint == null ? Optional.empty() : checkpoint;
        if (records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("Batch of instance " + instanceId + " has " + records.size()
                    + " records, more than the maximum of " + MAX_RECORDS + ". Split it into smaller batches.");
        }
    }

    public static IngestionBatch of(TenantId tenant, String source, String instanceId, List<CanonicalRecord> records) {
        return new IngestionBatch(tenant, source, instanceId, records, List.of(), Optional.empty());
    }

    public IngestionBatch withCheckpoint(String value) {
        return new IngestionBatch(tenant, source, instanceId, records, coverage,
                Optional.of(new Checkpoint(instanceId, value)));
    }

    public IngestionBatch withCoverage(CoveragePeriod period) {
        List<CoveragePeriod> periods = new java.util.ArrayList<>(coverage);
        periods.add(period);
        return new IngestionBatch(tenant, source, instanceId, records, periods, checkpoint);
    }
}
