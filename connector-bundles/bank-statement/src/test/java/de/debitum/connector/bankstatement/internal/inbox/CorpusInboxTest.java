package de.debitum.connector.bankstatement.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.SourceCoverage;
import de.debitum.connector.bankstatement.internal.parse.AccountId;
import de.debitum.connector.bankstatement.internal.parse.Statement;
import de.debitum.connector.bankstatement.internal.parse.StatementReader;
import de.debitum.testing.Corpus;
import de.debitum.testing.TestDatabase;

/**
 * Drops every file of the corpus folders bank/camt and bank/mt940 into one instance's inbox and
 * checks, against the reader's table {@code corpus-expected.tsv}, where each file ends and how many
 * payments are stored. A file goes to {@code .error} when the table names a rejection, or under
 * the policy {@code hold} when one of its statements is UNBALANCED or INCOMPLETE; every other file
 * goes to {@code .done}. Dropping all files again must change nothing.
 */
class CorpusInboxTest {

    @TempDir
    Path root;

    /** One row of the reader's table, as far as the connector needs it. */
    record Row(int payments, List<String> checks, String rejection) {

        String expectedFolder(UnbalancedPolicy policy) {
            boolean unbalanced = checks.contains("UNBALANCED") || checks.contains("INCOMPLETE");
            return rejection != null || policy == UnbalancedPolicy.HOLD && unbalanced ? ".error" : ".done";
        }
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void corpusUnderHoldPolicy(TestDatabase.Kind kind) throws Exception {
        dropCorpusTwice(kind, UnbalancedPolicy.HOLD);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void corpusUnderImportPolicy(TestDatabase.Kind kind) throws Exception {
        dropCorpusTwice(kind, UnbalancedPolicy.IMPORT);
    }

    private void dropCorpusTwice(TestDatabase.Kind kind, UnbalancedPolicy policy) throws Exception {
        List<Path> files = Stream.of("bank/camt", "bank/mt940").flatMap(folder -> Corpus.files(folder).stream()).toList();
        Map<String, Row> table = table();
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        Map<String, String> settings = Map.of(ImportSettings.UNBALANCED, policy.value(),
                ImportSettings.ACCOUNT_IBANS, ibansForAccountsWithoutOne(files));

        try (InboxInstance instance = new InboxInstance(datacenter, tenant, root, settings)) {
            for (Path file : files) {
                instance.drop(file.getFileName().toString(), Files.readAllBytes(file));
            }
            instance.awaitInboxEmpty();

            int tablePayments = 0;
            List<Path> done = new ArrayList<>();
            for (Path file : files) {
                Row row = table.get(key(file));
                assertThat(row).as("row for %s in corpus-expected.tsv", key(file)).isNotNull();
                assertEndedIn(instance.inbox(), row, policy, file.getFileName().toString());
                if (row.expectedFolder(policy).equals(".done")) {
                    tablePayments += row.payments();
                    done.add(file);
                }
            }
            // A camt.054 can notify the same transactions that a camt.053 states: they are stored once.
            List<String> externalIds = externalIds(done);
            assertThat(externalIds).as("payments the reader yields for the imported files").hasSize(tablePayments);
            int expectedPayments = new LinkedHashSet<>(externalIds).size();
            assertThat(datacenter.paymentCount(tenant)).as("stored payments").isEqualTo(expectedPayments);
            assertThat(instance.checkpoint()).as("checkpoint").isPresent();

            // The same files again: every file ends where it ended before, and nothing is stored twice.
            List<SourceCoverage> coverage = datacenter.coverage().coverage(tenant);
            int reportsBefore = instance.reports.size();
            for (Path file : files) {
                instance.drop(file.getFileName().toString(), Files.readAllBytes(file));
            }
            instance.awaitInboxEmpty();

            for (Path file : files) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                assertEndedIn(instance.inbox(), table.get(key(file)), policy, name.substring(0, dot) + "-2" + name.substring(dot));
            }
            assertThat(datacenter.paymentCount(tenant)).as("stored payments after the second drop").isEqualTo(expectedPayments);
            assertThat(datacenter.coverage().coverage(tenant)).as("coverage after the second drop")
                    .containsExactlyInAnyOrderElementsOf(coverage);
            List<ImportReport> second = instance.reports.subList(reportsBefore, instance.reports.size());
            assertThat(second).extracting(ImportReport::created).as("created on the second drop").containsOnly(0);
            assertThat(second).extracting(ImportReport::updated).as("updated on the second drop").containsOnly(0);
        }
    }

    private static void assertEndedIn(Path inbox, Row row, UnbalancedPolicy policy, String name) throws IOException {
        String folder = row.expectedFolder(policy);
        Path reasonFile = inbox.resolve(".error").resolve(name + ReasonFile.SUFFIX);
        String reason = Files.exists(reasonFile) ? Files.readString(reasonFile, StandardCharsets.UTF_8) : "(none)";
        assertThat(inbox.resolve(folder).resolve(name)).as("%s in %s, reason file: %s", name, folder, reason).exists();
        if (folder.equals(".done")) {
            assertThat(reasonFile).as("reason file of %s", name).doesNotExist();
            return;
        }
        assertThat(reason).contains("wurde nicht importiert", "Was ist zu tun:", "was not imported", "What to do:");
        if (row.rejection() != null) {
            assertThat(reason).contains(row.rejection());
        } else {
            assertThat(reason).contains(FilePlanner.TODO_UNBALANCED.german(), FilePlanner.TODO_UNBALANCED.english());
        }
    }

    /**
     * Names a made-up German IBAN for every corpus account that has none and is no German bank
     * code and account number, as a tenant admin would enter the real ones.
     */
    private static String ibansForAccountsWithoutOne(List<Path> files) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (Path file : files) {
            for (Statement statement : StatementReader.read(file.toString(), Files.readAllBytes(file)).statements()) {
                AccountId account = statement.account();
                if (AccountIbans.parse("").ibanOf(account).isEmpty()) {
                    keys.add(account.key());
                }
            }
        }
        List<String> entries = new ArrayList<>();
        int number = 1;
        for (String key : keys) {
            entries.add(key + "=" + AccountIbans.germanIban("99999999", String.valueOf(number++)).orElseThrow());
        }
        return String.join(";", entries);
    }

    /** Lists the external ids of the files' payments; an id contains its account, so equal ids mean the same booking. */
    private static List<String> externalIds(List<Path> files) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            StatementReader.read(file.toString(), Files.readAllBytes(file)).payments()
                    .forEach(payment -> ids.add(payment.externalId()));
        }
        return ids;
    }

    private static String key(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = CorpusInboxTest.class.getResourceAsStream("/corpus-expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                List<String> checks = "-".equals(cells[5]) ? List.of() : Arrays.asList(cells[5].split(","));
                rows.put(cells[0], new Row(Integer.parseInt(cells[4]), checks, "-".equals(cells[7]) ? null : cells[7]));
            }
        }
        return rows;
    }
}
