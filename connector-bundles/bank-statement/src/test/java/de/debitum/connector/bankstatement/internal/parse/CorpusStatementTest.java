package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.money.Money;
import de.debitum.testing.Corpus;

/**
 * Reads every file of the corpus folders bank/camt and bank/mt940 and compares the outcome with
 * the table {@code corpus-expected.tsv}. A corpus file without a row fails, so a new file must be
 * looked at before it counts as covered.
 */
class CorpusStatementTest {

    private static final List<String> FOLDERS = List.of("bank/camt", "bank/mt940");

    /** One row of the table. */
    record Expected(String format, int statements, int entries, int payments, List<String> checks, List<String> sums,
            String rejection) {
    }

    static Stream<Path> corpusFiles() {
        return FOLDERS.stream().flatMap(folder -> Corpus.files(folder).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void corpusFileMatchesTable(Path file) throws IOException {
        String key = file.getParent().getFileName() + "/" + file.getFileName();
        Expected expected = table().get(key);
        assertThat(expected).as("row for %s in corpus-expected.tsv", key).isNotNull();

        ParseResult result = StatementReader.read(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(result.format() == null ? "-" : result.format().name()).as("format").isEqualTo(expected.format());
        assertThat(result.statements()).as("statements").hasSize(expected.statements());
        assertThat(result.statements().stream().mapToInt(s -> s.entries().size()).sum()).as("entries")
                .isEqualTo(expected.entries());
        assertThat(result.payments()).as("payments").hasSize(expected.payments());
        assertThat(result.statements().stream().map(s -> s.balanceCheck().result().name()).toList()).as("balance checks")
                .isEqualTo(expected.checks());
        assertThat(result.statements().stream().map(CorpusStatementTest::entrySum).toList()).as("entry sums")
                .isEqualTo(expected.sums());
        if (expected.rejection() == null) {
            assertThat(result.rejections()).as("rejections").isEmpty();
        } else {
            assertThat(result.rejections()).as("rejections").hasSize(1);
            assertThat(result.rejections().get(0).message().german()).contains(expected.rejection());
        }
    }

    @Test
    void everyTableRowHasCorpusFile() throws IOException {
        List<String> present = corpusFiles().map(f -> f.getParent().getFileName() + "/" + f.getFileName()).toList();

        assertThat(present).containsAll(table().keySet());
    }

    @Test
    void everyBalanceCheckFailureCarriesReason() {
        corpusFiles().forEach(file -> {
            ParseResult result;
            try {
                result = StatementReader.read(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            for (Statement statement : result.statements()) {
                BalanceCheck check = statement.balanceCheck();
                boolean failed = check.result() == BalanceCheck.Result.UNBALANCED
                        || check.result() == BalanceCheck.Result.INCOMPLETE;
                assertThat(check.reason() != null).as("reason for %s in %s", check.result(), file).isEqualTo(failed);
            }
        });
    }

    private static String entrySum(Statement statement) {
        return statement.entries().stream().filter(Entry::booked).map(Entry::amount)
                .reduce(Money.zero(statement.currency()), Money::plus).amount().toPlainString();
    }

    private static Map<String, Expected> table() throws IOException {
        Map<String, Expected> rows = new LinkedHashMap<>();
        try (InputStream in = CorpusStatementTest.class.getResourceAsStream("/corpus-expected.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                rows.put(cells[0], new Expected(cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3]),
                        Integer.parseInt(cells[4]), list(cells[5]), list(cells[6]), "-".equals(cells[7]) ? null : cells[7]));
            }
        }
        return rows;
    }

    private static List<String> list(String cell) {
        return "-".equals(cell) ? List.of() : Arrays.asList(cell.split(","));
    }
}
