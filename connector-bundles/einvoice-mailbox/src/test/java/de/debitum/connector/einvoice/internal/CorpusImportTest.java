package de.debitum.connector.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.ImportWarning;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.connector.einvoice.internal.importing.FileOutcome;
import de.debitum.connector.einvoice.internal.importing.InvoiceFile;
import de.debitum.connector.einvoice.internal.importing.InvoiceImporter;
import de.debitum.connector.einvoice.internal.importing.InvoiceMapping;
import de.debitum.datacenter.internal.store.DefaultDunningStore;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.testing.Corpus;
import de.debitum.testing.TestDatabase;

/**
 * Imports every file of the corpus folder {@code einvoice} into the real datacenter and checks
 * what is stored against the table {@code einvoice-corpus-expected.tsv}: booking aids are stored
 * with their flag and held back from dunning, plain PDFs are stored as an unsafe source, every
 * reader warning is stored with the document, and a rejected file stores nothing.
 */
class CorpusImportTest {

    private static final Pattern RECALCULATION = Pattern.compile(
            "(grand total|amount due) stated (-?[0-9.]+), recalculated by Mustang (-?[0-9.]+);.*");
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static EInvoiceReader reader;

    /**
     * One row of the expectation table, with the columns this test needs.
     *
     * @param imported {@code STORED}, {@code NOT_STORED:<part of the reason>}, or {@code -} when the
     *                 reader rejects the file
     */
    record Row(String file, String outcome, Set<String> warnings, String imported) {
    }

    @BeforeAll
    static void startReader() {
        reader = new EInvoiceReader();
    }

    @AfterAll
    static void stopReader() {
        reader.close();
    }

    static Stream<Arguments> corpusFiles() {
        List<Arguments> cases = new ArrayList<>();
        for (TestDatabase.Kind kind : TestDatabase.availableKinds()) {
            for (Path file : Corpus.files("einvoice")) {
                cases.add(Arguments.of(file.getFileName().toString(), file, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {2}")
    @MethodSource("corpusFiles")
    void corpusFileIsStoredAsExpected(String name, Path file, TestDatabase.Kind kind) throws IOException {
        Row row = table().get(name);
        assertThat(row).as("row for %s in einvoice-corpus-expected.tsv", name).isNotNull();
        Datacenter datacenter = Datacenter.of(kind);
        TenantId tenant = datacenter.newTenant();
        RecordingContext context = new RecordingContext(datacenter, tenant);
        byte[] content = Files.readAllBytes(file);

        List<FileOutcome> outcomes = new InvoiceImporter(context, MAX_FILE_BYTES)
                .importFiles("file " + name, List.of(new InvoiceFile(name, content)), null);

        assertThat(outcomes).hasSize(1);
        FileOutcome outcome = outcomes.get(0);
        if (row.outcome().startsWith("REJECTED:")) {
            assertThat(outcome.stored()).as("stored %s", name).isFalse();
            assertThat(outcome.reasons()).isNotEmpty();
            assertThat(datacenter.debtorCount(tenant)).as("debtors after %s", name).isZero();
            return;
        }
        if (row.imported().startsWith("NOT_STORED:")) {
            assertThat(outcome.stored()).as("stored %s", name).isFalse();
            assertThat(outcome.reasons()).singleElement()
                    .satisfies(reason -> assertThat(reason.en()).contains(row.imported().substring("NOT_STORED:".length())));
            return;
        }
        assertThat(row.imported()).as("import column of %s", name).isEqualTo("STORED");
        assertThat(outcome.stored()).as("stored %s: %s", name, outcome.reasons()).isTrue();

        String externalId = Expected.of(reader, name, content).documentExternalId();
        ReceivableDocument document = datacenter.documents()
                .findByExternalId(tenant, InvoiceMapping.SOURCE, externalId).orElseThrow();
        Set<DocumentFlag> flags = document.data().flags();
        boolean unconfirmed = new DefaultDunningStore(datacenter.persistence())
                .unconfirmedUnsafeDocuments(tenant, List.of(document.id())).contains(document.id());
        ImportReport report = context.reports.get(0);

        switch (row.outcome()) {
            case "READ" -> {
                assertThat(document.data().safeSource()).as("safe source of %s", name).isTrue();
                assertThat(flags).as("flags of %s", name).doesNotContain(DocumentFlag.BOOKING_AID,
                        DocumentFlag.UNSAFE_SOURCE);
                assertThat(unconfirmed).as("%s waits for confirmation", name)
                        .isEqualTo(flags.contains(DocumentFlag.NO_VAT_BREAKDOWN));
            }
            case "BOOKING_AID" -> {
                assertThat(flags).as("flags of %s", name).contains(DocumentFlag.BOOKING_AID);
                assertThat(document.data().safeSource()).isFalse();
                assertThat(unconfirmed).as("%s waits for confirmation", name).isTrue();
                assertThat(report.warnings()).extracting(ImportWarning::code).contains("BOOKING_AID");
                assertThat(report.importedWithWarning()).isEqualTo(1);
                assertThat(outcome.notes()).anyMatch(note -> note.de().contains("Buchungshilfe"));
            }
            case "NEEDS_CONFIRMATION" -> {
                assertThat(flags).as("flags of %s", name).contains(DocumentFlag.UNSAFE_SOURCE);
                assertThat(document.data().safeSource()).isFalse();
                assertThat(unconfirmed).as("%s waits for confirmation", name).isTrue();
            }
            default -> throw new IllegalStateException("Unknown outcome in table: " + row.outcome());
        }

        Set<String> storedCodes = document.data().warnings().stream().map(DocumentWarning::code)
                .filter(code -> !code.equals(InvoiceMapping.ATTACHMENT_CHOSEN))
                .collect(Collectors.toSet());
        assertThat(storedCodes).as("stored warning codes of %s", name).isEqualTo(row.warnings());
        for (DocumentWarning warning : document.data().warnings()) {
            assertThat(report.warnings()).as("import report of %s", name)
                    .contains(new ImportWarning("document", externalId, warning.code(), warning.messageDe(),
                            warning.messageEn()));
            if (warning.code().equals("RECALCULATION_DIFFERS")) {
                assertRecalculationWarning(name, warning, document);
            }
        }
    }

    /** Checks that the stored warning names both figures and that the stated one was kept. */
    private static void assertRecalculationWarning(String name, DocumentWarning warning, ReceivableDocument document) {
        Matcher figures = RECALCULATION.matcher(warning.messageEn());
        assertThat(figures.matches()).as("recalculation warning of %s: %s", name, warning.messageEn()).isTrue();
        BigDecimal stated = new BigDecimal(figures.group(2));
        BigDecimal recalculated = new BigDecimal(figures.group(3));
        assertThat(stated).as("stated vs recalculated in %s", name).isNotEqualByComparingTo(recalculated);
        assertThat(warning.messageDe()).contains(stated.toPlainString(), recalculated.toPlainString());
        if (figures.group(1).equals("amount due")) {
            assertThat(document.data().amountDue().amount()).as("amount due of %s", name)
                    .isEqualByComparingTo(stated);
        }
    }

    private static Map<String, Row> table() {
        try (InputStream in = CorpusImportTest.class.getResourceAsStream("/einvoice-corpus-expected.tsv")) {
            Map<String, Row> rows = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .forEach(columns -> rows.put(columns[0], new Row(columns[0], columns[1],
                            columns[4].equals("-") ? Set.of() : Set.copyOf(Arrays.asList(columns[4].split(","))),
                            columns[6])));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connector context that stores through the real ingestion service and keeps the reports. */
    private static final class RecordingContext implements ConnectorContext {

        private final Datacenter datacenter;
        private final TenantId tenant;
        private final Logger log = LoggerFactory.getLogger(CorpusImportTest.class);
        final List<ImportReport> reports = new ArrayList<>();

        RecordingContext(Datacenter datacenter, TenantId tenant) {
            this.datacenter = datacenter;
            this.tenant = tenant;
        }

        @Override
        public TenantId tenant() {
            return tenant;
        }

        @Override
        public String instanceId() {
            return tenant.value() + ".corpus";
        }

        @Override
        public ConnectorConfig config() {
            throw new UnsupportedOperationException("the importer reads no configuration");
        }

        @Override
        public Optional<String> checkpoint() {
            return Optional.empty();
        }

        @Override
        public ImportReport ingest(String source, List<CanonicalRecord> records, List<CoveragePeriod> coverage,
                String checkpoint) {
            ImportReport report = datacenter.ingestion().ingest(new IngestionBatch(tenant, source, instanceId(), records,
                    coverage, Optional.empty()));
            reports.add(report);
            return report;
        }

        @Override
        public ImportReport rejectFile(String source, String fileName, LocalizedText reason) {
            throw new UnsupportedOperationException("the importer rejects no file as a whole");
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public Logger log() {
            return log;
        }
    }
}
