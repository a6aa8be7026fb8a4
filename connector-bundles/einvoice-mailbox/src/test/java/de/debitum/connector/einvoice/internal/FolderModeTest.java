package de.debitum.connector.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.TenantId;
import de.debitum.datacenter.internal.ingest.RecordValidator;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.testing.Corpus;
import de.debitum.testing.TestDatabase;
import de.debitum.testing.connector.ConnectorTestInstance;

/**
 * Drops every file of the corpus folder einvoice, a broken PDF and a file that is no invoice into
 * one instance's inbox folder and checks where each file ends, its reason file, and what the
 * datacenter holds. Dropping all files again must store nothing new.
 */
class FolderModeTest {

    @TempDir
    Path root;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void corpusFilesDroppedTwice(TestDatabase.Kind kind) throws Exception {
        List<Path> corpus = Corpus.files("einvoice");
        List<Expected> expected = new ArrayList<>();
        try (EInvoiceReader reader = new EInvoiceReader()) {
            for (Path file : corpus) {
                expected.add(Expected.of(reader, file.getFileName().toString(), Files.readAllBytes(file)));
            }
            expected.add(Expected.of(reader, "broken.pdf", resource("broken.pdf")));
            expected.add(Expected.of(reader, "not-an-invoice.xml", resource("not-an-invoice.xml")));
        }
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path staging = Files.createDirectories(root.resolve("staging"));
        Map<String, String> settings = Map.of(MailboxSettings.MODE, "folder", MailboxSettings.FOLDER, inbox.toString(),
                MailboxSettings.POLL_INTERVAL, "PT0.05S");

        try (ConnectorTestInstance instance = TestInstance.start(datacenter, tenant, settings)) {
            for (Expected file : expected) {
                drop(staging, inbox, file.fileName(), file.content());
            }
            awaitInboxEmpty(inbox);

            for (Expected file : expected) {
                assertEndedIn(inbox, file, file.fileName());
            }
            assertThat(expected.stream().filter(Expected::stored)).as("stored corpus files").isNotEmpty();
            assertThat(expected.stream().filter(file -> !file.stored())).as("rejected files").hasSizeGreaterThan(2);
            assertDatacenter(datacenter, tenant, expected);
            assertThat(instance.checkpoint()).as("checkpoint").isPresent();
            // Files the reader rejected reach no import batch, so each is recorded as a rejected file.
            List<String> unread = expected.stream().filter(file -> file.mapped() == null).map(Expected::fileName).toList();
            assertThat(unread).as("unreadable files").contains("broken.pdf", "not-an-invoice.xml");
            assertThat(instance.fileRejections()).extracting(report -> report.fileRejection().fileName())
                    .as("rejected files recorded").containsExactlyInAnyOrderElementsOf(unread);
            assertThat(instance.fileRejections()).extracting(report -> report.fileRejection().messageDe())
                    .allSatisfy(message -> assertThat(message).endsWith("erneut einliefern."));

            // The same files again: each ends where it ended before, under a numbered name, and nothing new is stored.
            int documentsBefore = countDocuments(datacenter, tenant, expected);
            int debtorsBefore = datacenter.debtorCount(tenant);
            int reportsBefore = instance.reports().size();
            for (Expected file : expected) {
                drop(staging, inbox, file.fileName(), file.content());
            }
            awaitInboxEmpty(inbox);

            for (Expected file : expected) {
                String name = file.fileName();
                int dot = name.lastIndexOf('.');
                assertEndedIn(inbox, file, name.substring(0, dot) + "-2" + name.substring(dot));
            }
            assertThat(countDocuments(datacenter, tenant, expected)).as("documents after the second drop")
                    .isEqualTo(documentsBefore);
            assertThat(datacenter.debtorCount(tenant)).as("debtors after the second drop").isEqualTo(debtorsBefore);
            List<ImportReport> second = instance.reports().subList(reportsBefore, instance.reports().size());
            assertThat(second).extracting(ImportReport::created).as("created on the second drop").containsOnly(0);
        }
    }

    static void assertDatacenter(Datacenter datacenter, TenantId tenant, List<Expected> expected) {
        List<Expected> stored = expected.stream().filter(Expected::stored).toList();
        Map<String, Long> perDocument = stored.stream()
                .collect(Collectors.groupingBy(Expected::documentExternalId, Collectors.counting()));
        Map<String, Long> perDebtor = stored.stream()
                .collect(Collectors.groupingBy(file -> file.mapped().debtor().externalId(), Collectors.counting()));
        for (Expected file : stored) {
            // Files that share a document or debtor id update one another: the last one read wins.
            boolean unique = perDocument.get(file.documentExternalId()) == 1
                    && perDebtor.get(file.mapped().debtor().externalId()) == 1;
            file.assertStored(datacenter, tenant, unique);
        }
        // A valid debtor is stored even when its document is rejected.
        long debtors = expected.stream().filter(file -> file.mapped() != null && file.mapped().debtor() != null)
                .map(file -> file.mapped().debtor())
                .filter(debtor -> RecordValidator.validate(debtor).isEmpty())
                .map(DebtorData::externalId).distinct().count();
        assertThat(datacenter.debtorCount(tenant)).as("debtors").isEqualTo((int) debtors);
        assertThat(countDocuments(datacenter, tenant, expected)).as("documents").isEqualTo(perDocument.size());
        for (Expected file : expected) {
            if (!file.stored() && file.mapped() != null) {
                Map<String, Expected> byId = stored.stream().collect(Collectors.toMap(Expected::documentExternalId,
                        Function.identity(), (first, second) -> first));
                if (!byId.containsKey(file.documentExternalId())) {
                    assertThat(datacenter.documents().findByExternalId(tenant, "einvoice", file.documentExternalId()))
                            .as("document of rejected %s", file.fileName()).isEmpty();
                }
            }
        }
    }

    /** Counts the documents of the expected ids; a test tenant contains no others. */
    static int countDocuments(Datacenter datacenter, TenantId tenant, List<Expected> expected) {
        return (int) expected.stream().filter(file -> file.mapped() != null).map(Expected::documentExternalId)
                .distinct()
                .filter(id -> datacenter.documents().findByExternalId(tenant, "einvoice", id).isPresent())
                .count();
    }

    private static void assertEndedIn(Path inbox, Expected file, String name) throws IOException {
        String folder = file.stored() ? ".done" : ".error";
        Path reasonFile = inbox.resolve(folder).resolve(name + ".reason.txt");
        String reason = Files.exists(reasonFile) ? Files.readString(reasonFile, StandardCharsets.UTF_8) : "(none)";
        assertThat(inbox.resolve(folder).resolve(name)).as("%s in %s, reason file: %s", name, folder, reason).exists();
        if (file.stored()) {
            boolean hasNotes = !file.invoice().warnings().isEmpty() || !file.invoice().flags().isEmpty();
            assertThat(Files.exists(reasonFile)).as("notes file of %s", name).isEqualTo(hasNotes);
            if (hasNotes) {
                assertThat(reason).contains("wurde importiert, mit Hinweisen", "was imported, with notes");
            }
            return;
        }
        assertThat(reason).contains("wurde nicht importiert", "Gründe:", "was not imported", "Reasons:");
    }

    private static void drop(Path staging, Path inbox, String name, byte[] content) throws IOException {
        Path staged = staging.resolve(name);
        Files.write(staged, content);
        Files.setLastModifiedTime(staged, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitInboxEmpty(Path inbox) throws InterruptedException {
        TestInstance.awaitTrue(() -> {
            try (Stream<Path> files = Files.list(inbox)) {
                return files.noneMatch(Files::isRegularFile);
            } catch (IOException e) {
                return false;
            }
        });
    }

    static byte[] resource(String name) throws IOException {
        try (var in = FolderModeTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }
}
