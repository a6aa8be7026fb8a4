package de.debitum.output.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStatus;
import de.debitum.output.LetterDelivery;
import de.debitum.output.OutputException;
import de.debitum.output.PrintBatch;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.SampleLetters;

class PrintBatchTest {

    private OutputFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new OutputFixture();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private OutboxEntry enqueue(String noticeNumber, int items, String runKey) {
        DunningLetterData letter = new DunningLetterData(SampleLetters.letterhead(), SampleLetters.germanDebtor(), 1,
                noticeNumber, SampleLetters.LETTER_DATE, SampleLetters.DEADLINE, SampleLetters.items(items));
        return fixture.service.enqueueDunningLetter(fixture.tenant, letter, LetterTexts.defaults(),
                new LetterDelivery(OutboxChannel.PRINT, null, runKey, null, null)).entry();
    }

    @Test
    void runPrintsInOrderForDuplex() throws Exception {
        List<OutboxEntry> run = new ArrayList<>();
        run.add(enqueue("M-1", 2, "run-2026-12-04"));
        run.add(enqueue("M-2", 60, "run-2026-12-04"));
        run.add(enqueue("M-3", 1, "run-2026-12-04"));
        enqueue("M-9", 1, "another-run");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PrintBatch batch = fixture.service.printBatch(fixture.tenant, "run-2026-12-04", out);

        int expectedPages = 0;
        for (OutboxEntry entry : run) {
            try (PDDocument letter = Loader.loadPDF(fixture.service.document(fixture.tenant, entry.id()))) {
                // Every letter is padded to an even page count, so that it starts on a new sheet.
                expectedPages += letter.getNumberOfPages() + letter.getNumberOfPages() % 2;
            }
        }

        assertThat(batch.entryIds()).containsExactly(run.get(0).id(), run.get(1).id(), run.get(2).id());
        assertThat(batch.pages()).isEqualTo(expectedPages);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(expectedPages);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.indexOf("M-1")).isLessThan(text.indexOf("M-2"));
            assertThat(text.indexOf("M-2")).isLessThan(text.indexOf("M-3"));
            assertThat(text).doesNotContain("M-9");
        }
        for (OutboxEntry entry : run) {
            OutboxEntry printed = fixture.outbox.find(fixture.tenant, entry.id()).orElseThrow();
            assertThat(printed.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(printed.messageId()).isEqualTo(batch.batchId());
        }
    }

    @Test
    void runPartsListLettersOldestFirst() {
        OutboxEntry first = enqueue("M-1", 1, "run-parts");
        OutboxEntry second = enqueue("M-2", 1, "run-parts");
        enqueue("M-9", 1, "another-run");

        assertThat(fixture.service.printBatchParts(fixture.tenant, "run-parts"))
                .containsExactly(List.of(first.id(), second.id()));
        assertThat(fixture.service.printBatchParts(fixture.tenant, "no-such-run")).isEmpty();
    }

    @Test
    void partsPrintedAtOnceGetOwnBatchIds() {
        OutboxEntry first = enqueue("M-1", 1, "run-same-second");
        OutboxEntry second = enqueue("M-2", 1, "run-same-second");

        PrintBatch one = fixture.service.printBatch(fixture.tenant, List.of(first.id()), new ByteArrayOutputStream());
        PrintBatch two = fixture.service.printBatch(fixture.tenant, List.of(second.id()), new ByteArrayOutputStream());

        assertThat(one.batchId()).isNotEqualTo(two.batchId());
    }

    @Test
    void partsSplitAtMaximum() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 2_001; id++) {
            ids.add(id);
        }

        List<List<Long>> parts = DefaultOutputService.parts(ids, DefaultOutputService.MAX_PRINT_BATCH);

        assertThat(parts).extracting(List::size).containsExactly(1_000, 1_000, 1);
        assertThat(parts.get(1).get(0)).isEqualTo(1_001L);
        assertThat(parts.get(2)).containsExactly(2_001L);
    }

    @Test
    void reprintKeepsFirstBatchId() {
        OutboxEntry entry = enqueue("M-5", 1, "run-a");
        PrintBatch first = fixture.service.printBatch(fixture.tenant, "run-a", new ByteArrayOutputStream());
        fixture.clock.advance(java.time.Duration.ofMinutes(5));

        PrintBatch second = fixture.service.printBatch(fixture.tenant, List.of(entry.id()), new ByteArrayOutputStream());

        assertThat(second.pages()).isEqualTo(first.pages());
        assertThat(fixture.outbox.find(fixture.tenant, entry.id()).orElseThrow().messageId()).isEqualTo(first.batchId());
    }

    @Test
    void emptyRunOrUnknownIdsAreRejected() {
        assertThatThrownBy(() -> fixture.service.printBatch(fixture.tenant, "no-such-run", new ByteArrayOutputStream()))
                .isInstanceOf(OutputException.class).hasMessageContaining("'no-such-run'");
        assertThatThrownBy(() -> fixture.service.printBatch(fixture.tenant, List.of(424242L), new ByteArrayOutputStream()))
                .isInstanceOf(OutputException.class).hasMessageContaining("424242");
        assertThatThrownBy(() -> fixture.service.printBatch(fixture.tenant, List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(OutputException.class);
    }

    @Test
    void printEntriesAreNotSentByWorker() {
        OutboxEntry entry = enqueue("M-6", 1, "run-b");

        assertThat(fixture.service.deliverDue()).isZero();
        assertThat(fixture.outbox.find(fixture.tenant, entry.id()).orElseThrow().status()).isEqualTo(OutboxStatus.QUEUED);
    }
}
