package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.Checkpoint;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.testing.TestDatabase;

class CheckpointAtomicityTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void checkpointAdvancesWithBatch(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();

        dc.ingestion.ingest(IngestionBatch.of(tenant, "files", "inbox", List.of(Records.debtor("d1"))).withCheckpoint("a.csv"));
        dc.ingestion.ingest(IngestionBatch.of(tenant, "files", "inbox", List.of(Records.debtor("d2"))).withCheckpoint("b.csv"));

        assertThat(dc.ingestion.checkpoint(tenant, "inbox")).contains(new Checkpoint("inbox", "b.csv"));
        assertThat(dc.ingestion.checkpoint(tenant, "other")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void failureMidBatchLeavesDataAndCheckpoint(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "files", "inbox", List.of(Records.debtor("d0"))).withCheckpoint("a.csv"));
        List<CanonicalRecord> records = new ArrayList<>();
        records.add(Records.debtor("d1"));
        for (int i = 0; i < 1200; i++) {
            records.add(Records.invoice("inv-" + i, "d1", "10.00"));
        }
        // Fails after two chunks have been flushed to the database.
        DefaultIngestionService failing = dc.ingestionWith((index, record) -> {
            if (index == 1100) {
                throw new IllegalStateException("disk full (injected)");
            }
        });

        IngestionBatch batch = IngestionBatch.of(tenant, "files", "inbox", records).withCheckpoint("b.csv");

        assertThatThrownBy(() -> failing.ingest(batch))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("disk full (injected)")
                .hasMessageContaining("no checkpoint were written");
        assertThat(dc.ingestion.checkpoint(tenant, "inbox")).contains(new Checkpoint("inbox", "a.csv"));
        assertThat(dc.debtors.findByExternalId(tenant, "files", "d1")).isEmpty();
        assertThat(dc.documents.findByExternalId(tenant, "files", "inv-0")).isEmpty();
        assertThat(dc.batches.latest(tenant, 10)).hasSize(1);
        assertThat(dc.debtors.list(tenant, 0, 100)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void retryAfterFailureStoresOnce(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        List<CanonicalRecord> records = List.of(Records.debtor("d1"), Records.invoice("1", "d1", "10.00"));
        IngestionBatch batch = IngestionBatch.of(tenant, "files", "inbox", records).withCheckpoint("c.csv");
        DefaultIngestionService failing = dc.ingestionWith((index, record) -> {
            if (index == 1) {
                throw new IllegalStateException("connection reset (injected)");
            }
        });

        assertThatThrownBy(() -> failing.ingest(batch)).isInstanceOf(IngestionException.class);
        var report = dc.ingestion.ingest(batch);

        assertThat(report.created()).isEqualTo(2);
        assertThat(dc.ingestion.checkpoint(tenant, "inbox")).contains(new Checkpoint("inbox", "c.csv"));
    }
}
