package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportProgress;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.ingest.ImportProgressRegistry;
import de.debitum.datacenter.internal.ingest.RecordListener;
import de.debitum.testing.MutableClock;
import de.debitum.testing.TestDatabase;

class ImportProgressTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static List<CanonicalRecord> debtors(String prefix, int count) {
        List<CanonicalRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(Records.debtor(prefix + i));
        }
        return records;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runCountsRecordsBeforeCommit(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        ImportProgressRegistry registry = new ImportProgressRegistry();
        AtomicReference<List<ImportProgress>> seen = new AtomicReference<>();
        RecordListener probe = (index, record) -> {
            if (index == 699) {
                seen.set(registry.running(tenant));
            }
        };
        DefaultIngestionService ingestion = new DefaultIngestionService(dc.persistence, probe, registry);

        ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-1", debtors("a", 500)));
        assertThat(registry.running(tenant)).singleElement().satisfies(run -> {
            assertThat(run.recordsStored()).isEqualTo(500);
            assertThat(run.recordsInBatch()).isZero();
        });

        ingestion.ingest(IngestionBatch.of(tenant, "csv:debtors", "csv-1", debtors("b", 1200)).withCheckpoint("f.csv"));

        assertThat(seen.get()).singleElement().satisfies(run -> {
            assertThat(run.instanceId()).isEqualTo("csv-1");
            assertThat(run.source()).isEqualTo("csv:debtors");
            assertThat(run.recordsStored()).isEqualTo(500);
            assertThat(run.recordsInBatch()).isEqualTo(1200);
            assertThat(run.recordsProcessed()).isEqualTo(700);
            assertThat(run.recordsSoFar()).isEqualTo(1200);
        });
        // The call with the checkpoint ends the run.
        assertThat(registry.running(tenant)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void failedCallEndsRun(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        ImportProgressRegistry registry = new ImportProgressRegistry();
        RecordListener failing = (index, record) -> {
            if (index == 10) {
                throw new IllegalStateException("disk full (simulated)");
            }
        };
        DefaultIngestionService ingestion = new DefaultIngestionService(dc.persistence, failing, registry);

        assertThatThrownBy(() -> ingestion.ingest(IngestionBatch.of(tenant, "csv", "csv-1", debtors("c", 20))))
                .isInstanceOf(IngestionException.class);

        assertThat(registry.running(tenant)).isEmpty();
    }

    @Test
    void runsStayWithTheirTenant() {
        ImportProgressRegistry registry = new ImportProgressRegistry();
        TenantId first = TenantId.of("first");
        TenantId second = TenantId.of("second");

        registry.batchStarted(IngestionBatch.of(first, "csv", "first.csv", debtors("d", 3)));

        assertThat(registry.running(first)).extracting(ImportProgress::instanceId).containsExactly("first.csv");
        assertThat(registry.running(second)).isEmpty();
    }

    @Test
    void runWithoutCheckpointExpiresWhenIdle() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        ImportProgressRegistry registry = new ImportProgressRegistry(clock);
        TenantId tenant = TenantId.of("t");
        IngestionBatch batch = IngestionBatch.of(tenant, "api", "api-1", debtors("e", 2));

        registry.batchStarted(batch);
        clock.advance(Duration.ofSeconds(120));
        assertThat(registry.running(tenant)).as("a call in progress never expires").hasSize(1);

        registry.batchCommitted(batch);
        clock.advance(Duration.ofSeconds(29));
        assertThat(registry.running(tenant)).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(registry.running(tenant)).isEmpty();
    }
}
