package de.debitum.datacenter.internal.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import de.debitum.api.ingest.ImportProgress;
import de.debitum.api.ingest.ImportProgressService;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.TenantId;

/**
 * The unfinished import runs of this node, per tenant and connector instance, fed by ingestion. A
 * run begins with an ingest call of an instance that has no run, adds the records of each call
 * that commits, and ends when a call with a checkpoint commits or any call fails. A run of a
 * connector that sends no checkpoint ends {@link #IDLE_EXPIRY} after its last call.
 */
@Component(service = {ImportProgressService.class, ImportProgressRegistry.class})
public class ImportProgressRegistry implements ImportProgressService {

    /** Time after the last committed call without checkpoint at which a run counts as finished. */
    static final Duration IDLE_EXPIRY = Duration.ofSeconds(30);

    private final Clock clock;
    private final Map<Key, Run> runs = new ConcurrentHashMap<>();

    @Activate
    public ImportProgressRegistry() {
        this(Clock.systemUTC());
    }

    public ImportProgressRegistry(Clock clock) {
        this.clock = clock;
    }

    /** Records that a call of {@code batch} begins to store its records. */
    public void batchStarted(IngestionBatch batch) {
        Instant now = clock.instant();
        Run run = runs.computeIfAbsent(key(batch), key -> new Run(now));
        synchronized (run) {
            run.source = batch.source();
            run.inBatch = batch.records().size();
            run.processed = 0;
            run.updatedAt = now;
        }
    }

    /** Records that the call has handled {@code count} of its records; called often, so it only counts. */
    public void recordsProcessed(IngestionBatch batch, int count) {
        Run run = runs.get(key(batch));
        if (run != null) {
            synchronized (run) {
                run.processed = count;
            }
        }
    }

    /** Records that the call committed; a call with a checkpoint ends the run. */
    public void batchCommitted(IngestionBatch batch) {
        Key key = key(batch);
        if (batch.checkpoint().isPresent()) {
            runs.remove(key);
            return;
        }
        Run run = runs.get(key);
        if (run != null) {
            synchronized (run) {
                run.stored += batch.records().size();
                run.inBatch = 0;
                run.processed = 0;
                run.updatedAt = clock.instant();
            }
        }
    }

    /** Records that the call failed and stored nothing; the run ends, because the input is read again. */
    public void batchFailed(IngestionBatch batch) {
        runs.remove(key(batch));
    }

    @Override
    public List<ImportProgress> running(TenantId tenant) {
        Instant now = clock.instant();
        runs.entrySet().removeIf(entry -> entry.getValue().expired(now));
        return runs.entrySet().stream()
                .filter(entry -> entry.getKey().tenant().equals(tenant))
                .map(entry -> entry.getValue().snapshot(entry.getKey().instanceId()))
                .sorted(Comparator.comparing(ImportProgress::startedAt).thenComparing(ImportProgress::instanceId))
                .toList();
    }

    private static Key key(IngestionBatch batch) {
        return new Key(batch.tenant(), batch.instanceId());
    }

    private record Key(TenantId tenant, String instanceId) {
    }

    /** The mutable state of one run, guarded by its own monitor. */
    private static final class Run {
        private final Instant startedAt;
        private Instant updatedAt;
        private String source;
        private long stored;
        private int inBatch;
        private int processed;

        Run(Instant startedAt) {
            this.startedAt = startedAt;
            this.updatedAt = startedAt;
        }

        synchronized boolean expired(Instant now) {
            return inBatch == 0 && now.isAfter(updatedAt.plus(IDLE_EXPIRY));
        }

        synchronized ImportProgress snapshot(String instanceId) {
            return new ImportProgress(instanceId, source, startedAt, updatedAt, stored, inBatch, processed);
        }
    }
}
