package de.debitum.ledger.datev;

import static de.debitum.ledger.datev.DatevTestData.january;
import static de.debitum.ledger.datev.DatevTestData.rechnung;
import static de.debitum.ledger.datev.DatevTestData.writer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.ledger.datev.ExtfDocument.Cell;
import de.debitum.testing.Corpus;

/** Compares the structure of written files with the real DATEV files of the corpus folder datev. */
class ExtfCorpusStructureTest {

    @Test
    void buchungsstapelQuotesTheSameColumnsAsSample() throws IOException {
        ExtfDocument sample = ExtfReader.read(Files.readAllBytes(
                Corpus.dir("datev").resolve("ledermann_EXTF_Buchungsstapel.csv")));
        ExtfDocument written = BuchungsstapelRoundTripTest.readSingle(
                writer().writeBuchungsstapel(january(), List.of(rechnung("B-1").build())));

        // The sample is format version 9: its 120 columns are the first 120 of version 13.
        List<Cell> sampleRow = sample.rows().get(0);
        List<Cell> writtenRow = written.rows().get(0);
        for (int column = 1; column <= sampleRow.size(); column++) {
            assertThat(writtenRow.get(column - 1).quoted()).as("quoting of column %d (%s)", column,
                    sample.headings().get(column - 1).value()).isEqualTo(sampleRow.get(column - 1).quoted());
        }
    }

    @Test
    void debitorenKreditorenMatchSampleHeadingsAndQuoting() throws IOException {
        ExtfDocument sample = ExtfReader.read(Files.readAllBytes(
                Corpus.dir("datev").resolve("ledermann_EXTF_Stammdaten.csv")));
        ExtfDocument written = BuchungsstapelRoundTripTest.readSingle(writer().writeDebitorenKreditoren(january(),
                List.of(Personenkonto.company(10002, "Meyer GmbH"))));

        assertThat(written.headings()).extracting(Cell::value)
                .isEqualTo(sample.headings().stream().map(Cell::value).toList());
        List<Cell> sampleRow = sample.rows().get(1);
        List<Cell> writtenRow = written.rows().get(0);
        assertThat(writtenRow).hasSameSizeAs(sampleRow);
        for (int column = 1; column <= sampleRow.size(); column++) {
            assertThat(writtenRow.get(column - 1).quoted()).as("quoting of column %d (%s)", column,
                    sample.headings().get(column - 1).value()).isEqualTo(sampleRow.get(column - 1).quoted());
        }
    }
}
