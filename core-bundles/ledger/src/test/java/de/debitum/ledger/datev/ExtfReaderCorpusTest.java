package de.debitum.ledger.datev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.debitum.ledger.datev.ExtfFinding.Code;
import de.debitum.testing.Corpus;

/**
 * Runs {@link ExtfReader} over every file of the corpus folder {@code datev} and compares the
 * finding codes with the table {@code datev/corpus-expectations.tsv}. A corpus file missing from
 * the table fails, so a new sample gets an expectation before it counts as covered.
 */
class ExtfReaderCorpusTest {

    private static final String TABLE = "/datev/corpus-expectations.tsv";

    @Test
    void corpusFilesMatchExpectedFindings() throws IOException {
        List<Path> files = Corpus.files("datev");
        Map<String, Set<Code>> expected = expectations();

        for (Path file : files) {
            String name = file.getFileName().toString();
            assertThat(expected).as("expected findings for corpus file %s in %s", name, TABLE).containsKey(name);
            ExtfDocument document = ExtfReader.read(Files.readAllBytes(file));
            assertThat(document.codes()).as("finding codes of %s, findings: %s", name, document.findings())
                    .isEqualTo(expected.get(name));
        }
        assertThat(files).as("corpus files").isNotEmpty();
    }

    @Test
    void ledermannSamplesParseWithTheirColumnCounts() throws IOException {
        Path folder = Corpus.dir("datev");
        ExtfDocument bookings = ExtfReader.read(Files.readAllBytes(folder.resolve("ledermann_EXTF_Buchungsstapel.csv")));
        ExtfDocument accounts = ExtfReader.read(Files.readAllBytes(folder.resolve("ledermann_EXTF_Stammdaten.csv")));

        assertThat(bookings.header(5)).isEqualTo("9");
        assertThat(bookings.headings()).hasSize(120);
        assertThat(bookings.rows()).allSatisfy(row -> assertThat(row).hasSize(120));
        assertThat(bookings.value(0, 14)).isEqualTo("Fachbuch: Controlling für Dummies");
        assertThat(accounts.header(5)).isEqualTo("5");
        assertThat(accounts.rows()).allSatisfy(row -> assertThat(row).hasSize(254));
        assertThat(accounts.value(0, 19)).isEqualTo("Köln");
    }

    /** Reads the table: file name, a tab, and the finding codes separated by commas, or {@code none}. */
    private static Map<String, Set<Code>> expectations() {
        try (InputStream in = ExtfReaderCorpusTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as("table %s", TABLE).isNotNull();
            Map<String, Set<Code>> table = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                Set<Code> codes = "none".equals(columns[1].trim()) ? new TreeSet<>()
                        : Arrays.stream(columns[1].split(",")).map(String::trim).map(Code::valueOf)
                                .collect(Collectors.toCollection(TreeSet::new));
                table.put(columns[0].trim(), codes);
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
