package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import de.debitum.ui.client.Model.FileRejection;
import de.debitum.ui.client.Model.ImportBatch;
import de.debitum.ui.client.Model.ImportProgress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImportTrackingTest {

    private static final Instant UPLOADED = Instant.parse("2026-12-01T10:00:00Z");
    private static final String STORED = "20261201-100000-3f2a-a.xml";

    @Test
    void olderBatchesDoNotCount() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(10, "t.bank"), batch(9, "t.bank")), List.of())).isFalse();
        assertThat(tracking.pending()).isTrue();
    }

    @Test
    void otherInstancesDoNotCount() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(11, "t.csv")), List.of())).isFalse();
    }

    @Test
    void firstNewBatchOfInstanceIsResult() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(13, "t.bank"), batch(12, "t.csv"), batch(11, "t.bank")), List.of()))
                .isTrue();

        assertThat(tracking.result().id()).isEqualTo(11);
        assertThat(tracking.pending()).isFalse();
    }

    @Test
    void resultStaysOnceFound() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);
        tracking.update(List.of(batch(11, "t.bank")), List.of());

        tracking.update(List.of(batch(14, "t.bank")), List.of());

        assertThat(tracking.result().id()).isEqualTo(11);
    }

    @Test
    void timesOutOnlyWhilePending() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);
        Instant late = UPLOADED.plus(ImportTracking.MAX_WAIT).plusSeconds(1);

        assertThat(tracking.timedOut(UPLOADED.plusSeconds(60))).isFalse();
        assertThat(tracking.timedOut(late)).isTrue();
        tracking.update(List.of(batch(11, "t.bank")), List.of());
        assertThat(tracking.timedOut(late)).isFalse();
    }

    @Test
    void fileRejectionEndsTracking() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(rejectedBatch(11, STORED)), List.of())).isTrue();

        assertThat(tracking.pending()).isFalse();
        assertThat(tracking.rejected()).isTrue();
        assertThat(tracking.result().fileRejection().in(Locale.ENGLISH)).isEqualTo("Not XML. Fetch it again.");
        assertThat(tracking.result().fileRejection().in(Locale.GERMAN)).isEqualTo("Kein XML. Bitte neu abrufen.");
        assertThat(tracking.timedOut(UPLOADED.plus(ImportTracking.MAX_WAIT).plusSeconds(1))).isFalse();
    }

    @Test
    void otherFilesRejectionIsSkipped() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(rejectedBatch(11, "20261201-095959-0001-b.xml")), List.of())).isFalse();
        assertThat(tracking.update(List.of(batch(12, "t.bank"), rejectedBatch(11, "20261201-095959-0001-b.xml")), List.of()))
                .isTrue();

        assertThat(tracking.result().id()).isEqualTo(12);
        assertThat(tracking.rejected()).isFalse();
    }

    @Test
    void progressOfOwnInstanceShown() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);
        assertThat(tracking.progress()).isNull();

        boolean done = tracking.update(List.of(), List.of(run("t.csv", 500, 10), run("t.bank", 10_000, 3_500)));

        assertThat(done).isFalse();
        assertThat(tracking.progress().instanceId()).isEqualTo("t.bank");
        assertThat(tracking.progress().recordsSoFar()).isEqualTo(13_500);
        assertThat(tracking.progress().recordsStored()).isEqualTo(10_000);
    }

    @Test
    void unfinishedRunHoldsResultBack() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(11, "t.bank")), List.of(run("t.bank", 3, 700)))).isFalse();
        assertThat(tracking.pending()).isTrue();
        assertThat(tracking.progress().recordsSoFar()).isEqualTo(703);
    }

    @Test
    void batchesOfFinishedRunAddUp() {
        ImportTracking tracking = new ImportTracking("t", "t.bank", "a.xml", STORED, 10, UPLOADED);

        assertThat(tracking.update(List.of(batch(13, "t.bank"), batch(12, "t.csv"), batch(11, "t.bank")), List.of()))
                .isTrue();

        assertThat(tracking.progress()).isNull();
        assertThat(tracking.result().id()).isEqualTo(11);
        assertThat(tracking.result().received()).isEqualTo(6);
        assertThat(tracking.result().created()).isEqualTo(4);
        assertThat(tracking.result().rejected()).isEqualTo(2);
    }

    private static ImportProgress run(String instanceId, long stored, long processed) {
        return new ImportProgress(instanceId, "test", UPLOADED, UPLOADED, stored, 10_000, processed, stored + processed);
    }

    private static ImportBatch rejectedBatch(long id, String fileName) {
        return new ImportBatch(id, "bank-statement", "t.bank", UPLOADED, UPLOADED, 0, 0, 0, 0, 0, 0,
                new FileRejection(fileName, "Kein XML. Bitte neu abrufen.", "Not XML. Fetch it again."));
    }

    private static ImportBatch batch(long id, String instanceId) {
        return new ImportBatch(id, "test", instanceId, UPLOADED, UPLOADED, 3, 2, 0, 0, 1, 0, null);
    }
}
