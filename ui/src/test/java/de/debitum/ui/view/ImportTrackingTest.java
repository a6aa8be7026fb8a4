package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import de.debitum.ui.client.Model.ImportBatch;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportTrackingTest {

    private static final Instant UPLOADED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void olderBatchesDoNotCount() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(10, "t.bank"), batch(9, "t.bank")))).isFalse();
        assertThat(tracking.pending()).isTrue();
    }

    @Test
    void otherInstancesDoNotCount() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(11, "t.csv")))).isFalse();
    }

    @Test
    void firstNewBatchOfInstanceIsResult() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(13, "t.bank"), batch(12, "t.csv"), batch(11, "t.bank")))).isTrue();

        assertThat(tracking.result().id()).isEqualTo(11);
        assertThat(tracking.pending()).isFalse();
    }

    @Test
    void resultStaysOnceFound() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", 10, UPLOADED);
        tracking.update(List.of(batch(11, "t.bank")));

        tracking.update(List.of(batch(14, "t.bank")));

        assertThat(tracking.result().id()).isEqualTo(11);
    }

    @Test
    void timesOutOnlyWhilePending() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", 10, UPLOADED);
        Instant late = UPLOADED.plus(ImportTracking.MAX_WAIT).plusSeconds(1);

        assertThat(tracking.timedOut(UPLOADED.plusSeconds(60))).isFalse();
        assertThat(tracking.timedOut(late)).isTrue();
        tracking.update(List.of(batch(11, "t.bank")));
        assertThat(tracking.timedOut(late)).isFalse();
    }

    private static ImportBatch batch(long id, String instanceId) {
        return new ImportBatch(id, "test", instanceId, UPLOADED, UPLOADED, 3, 2, 0, 0, 1, 0);
    }
}
