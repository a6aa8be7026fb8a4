package de.debitum.connector.bankstatement.internal.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.connector.bankstatement.internal.parse.Message;
import de.debitum.connector.bankstatement.internal.parse.ParseResult;
import de.debitum.connector.bankstatement.internal.parse.StatementReader;

/**
 * Imports one statement file and names the folder it moves to when the exchange completes:
 * {@code .done} after its payments are committed, {@code .error} with a reason file when it is held.
 *
 * <p>Failures are decided as follows. A file the reader rejects, or that the settings hold, goes to
 * {@code .error}, and the hub records it as a rejected file of the instance. An {@link IngestionException} (nothing of that batch was stored) is rethrown, so that
 * the file stays in the inbox folder and is read again at the next poll. Any other exception while
 * importing is a bug: the file goes to {@code .error} with a reason file and the stack trace is
 * logged. When the reason file itself cannot be written, the file stays in the inbox folder.
 */
final class StatementFileProcessor implements Processor {

    /** Header that the route's {@code move} option reads: the target path relative to the inbox folder. */
    static final String TARGET_HEADER = "DebitumStatementTarget";
    static final String DONE = ".done";
    static final String ERROR = ".error";

    /**
     * Source of a file rejected as a whole. The source of stored payments names the account, which
     * a rejected file may not reveal.
     */
    static final String REJECTED_FILE_SOURCE = "bank-statement";

    /** Records per call of ingest; far below the datacenter's maximum batch size. */
    static final int RECORDS_PER_BATCH = 10_000;

    private final ConnectorContext context;
    private final ImportSettings settings;
    private final StatementReader reader;

    StatementFileProcessor(ConnectorContext context, ImportSettings settings) {
        this.context = context;
        this.settings = settings;
        this.reader = new StatementReader(settings.maxFileBytes());
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path folder = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class));
        Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);

        Outcome outcome;
        try {
            outcome = importFile(fileName, length, exchange);
        } catch (IngestionException e) {
            throw e;
        } catch (RuntimeException e) {
            context.log().error("Importing statement file {} failed unexpectedly; it goes to {}", fileName, ERROR, e);
            String type = e.getClass().getSimpleName();
            outcome = Outcome.held(new FilePlan.Hold(List.of(new Message(
                    "Die Datei konnte wegen eines internen Fehlers nicht verarbeitet werden (" + type + ").",
                    "The file could not be processed because of an internal error (" + type + ").")),
                    List.of(new Message("Bitte den Betrieb informieren; die Datei bleibt hier, bis der Fehler behoben ist.",
                            "Please tell the operators; the file stays here until the error is fixed."))), false);
        }

        if (outcome.hold() == null) {
            exchange.getIn().setHeader(TARGET_HEADER, freeName(folder, DONE, fileName));
            return;
        }
        if (!outcome.partlyStored()) {
            // Recorded first: when the store fails, the file stays in the inbox folder and is read again.
            context.rejectFile(REJECTED_FILE_SOURCE, fileName, reason(outcome.hold()));
        }
        String target = freeName(folder, ERROR, fileName);
        Path heldFile = folder.resolve(target);
        Files.createDirectories(heldFile.getParent());
        Path reasonFile = ReasonFile.write(heldFile, outcome.hold(), outcome.partlyStored());
        exchange.getIn().setHeader(TARGET_HEADER, target);
        context.log().warn("Statement file {} held in {}: {} reasons, {} payments stored; see {}", fileName, ERROR,
                outcome.hold().reasons().size(), outcome.storedPayments(), reasonFile.getFileName());
    }

    private Outcome importFile(String fileName, Long length, Exchange exchange) {
        if (length != null && length > settings.maxFileBytes()) {
            Message reason = new Message(
                    "Die Datei ist zu groß (" + length + " Bytes, höchstens " + settings.maxFileBytes() + " Bytes).",
                    "The file is too large (" + length + " bytes, at most " + settings.maxFileBytes() + " bytes).");
            Message todo = new Message("Den Auszug für kürzere Zeiträume abrufen oder die Höchstgröße in der"
                    + " Konnektor-Konfiguration erhöhen, dann die Datei erneut einlegen.",
                    "Fetch the statement for shorter periods or raise the maximum file size in the connector"
                            + " configuration, then drop the file again.");
            return Outcome.held(new FilePlan.Hold(List.of(reason), List.of(todo)), false);
        }
        byte[] content = exchange.getIn().getBody(byte[].class);
        ParseResult result = reader.parse(fileName, content);
        FilePlan plan = FilePlanner.plan(result, settings.unbalanced(), settings.accountIbans());
        if (plan instanceof FilePlan.Hold hold) {
            return Outcome.held(hold, false);
        }
        return store(fileName, (FilePlan.Store) plan);
    }

    /** Hands the batches to ingestion; the checkpoint, the file name, goes with the last call. */
    private Outcome store(String fileName, FilePlan.Store plan) {
        List<Chunk> chunks = new ArrayList<>();
        for (FilePlan.AccountBatch batch : plan.batches()) {
            List<CanonicalRecord> records = batch.records();
            for (int start = 0; start == 0 || start < records.size(); start += RECORDS_PER_BATCH) {
                int end = Math.min(records.size(), start + RECORDS_PER_BATCH);
                boolean lastOfBatch = end == records.size();
                chunks.add(new Chunk(batch.source(), records.subList(start, end),
                        lastOfBatch ? batch.coverage() : List.of()));
            }
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Rejection> rejections = new ArrayList<>();
        List<Long> batchIds = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            String checkpoint = i == chunks.size() - 1 ? fileName : null;
            ImportReport report = context.ingest(chunk.source(), chunk.records(), chunk.coverage(), checkpoint);
            created += report.created();
            updated += report.updated();
            unchanged += report.unchanged();
            rejections.addAll(report.rejections());
            batchIds.add(report.batchId());
        }

        List<String> accounts = plan.batches().stream().map(FilePlan.AccountBatch::account).distinct().toList();
        long periods = plan.batches().stream().mapToLong(batch -> batch.coverage().size()).sum();
        context.log().info("Statement file {} imported: {} statements, {} payments ({} created, {} updated, {} unchanged,"
                        + " {} rejected), {} coverage periods, accounts {}, import batches {}", fileName, plan.statements(),
                plan.payments(), created, updated, unchanged, rejections.size(), periods, accounts, batchIds);
        if (!plan.flippedReversals().isEmpty()) {
            context.log().info("Statement file {}: statements {} balance only with their reversals read in the opposite"
                    + " direction, so they were read that way", fileName, plan.flippedReversals());
        }
        if (plan.droppedCounterparty() > 0) {
            context.log().warn("Statement file {}: {} payments were stored without their counterparty IBAN or BIC,"
                    + " which failed the format check", fileName, plan.droppedCounterparty());
        }
        if (!plan.warnings().isEmpty()) {
            context.log().warn("Statement file {} was imported with {} statements that do not balance; they add no"
                    + " coverage period", fileName, plan.warnings().size());
        }
        if (rejections.isEmpty()) {
            return new Outcome(null, false, created + updated + unchanged);
        }
        return Outcome.held(rejected(rejections), true, created + updated + unchanged);
    }

    /** Joins the reasons and what to do into one text per language, for the import list. */
    static LocalizedText reason(FilePlan.Hold hold) {
        List<Message> all = new ArrayList<>(hold.reasons());
        all.addAll(hold.todos());
        return LocalizedText.of(String.join(" ", all.stream().map(Message::german).toList()),
                String.join(" ", all.stream().map(Message::english).toList()));
    }

    private static FilePlan.Hold rejected(List<Rejection> rejections) {
        List<Message> reasons = rejections.stream().map(rejection -> new Message(
                "Zahlung " + rejection.externalId() + ": Feld " + rejection.field() + " = "
                        + (rejection.value() == null ? "(fehlt)" : "'" + rejection.value() + "'")
                        + " verletzt die Regel: " + rejection.rule(),
                rejection.message())).toList();
        Message todo = new Message("Die Zahlungen im Import-Bericht prüfen. Ist die Datei berichtigt, sie erneut in den"
                + " Eingangsordner legen.", "Check the payments in the import report. Once the file is corrected,"
                + " put it into the inbox folder again.");
        return new FilePlan.Hold(reasons, List.of(todo));
    }

    /**
     * Returns {@code folderName/fileName}, or a numbered variant such as {@code a-2.xml} when a file of
     * that name, or its reason file, is already there, so that no earlier file is overwritten.
     */
    static String freeName(Path inbox, String folderName, String fileName) {
        Path folder = inbox.resolve(folderName);
        String candidate = fileName;
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        for (int number = 2; Files.exists(folder.resolve(candidate))
                || Files.exists(folder.resolve(candidate + ReasonFile.SUFFIX)); number++) {
            candidate = base + "-" + number + extension;
        }
        return folderName + "/" + candidate;
    }

    /** One call of ingest. */
    private record Chunk(String source, List<CanonicalRecord> records, List<CoveragePeriod> coverage) {
    }

    /**
     * The outcome of one file.
     *
     * @param hold           why it goes to {@code .error}, or {@code null} when it goes to {@code .done}
     * @param partlyStored   whether some of its payments were stored although it is held
     * @param storedPayments payments stored or found unchanged
     */
    private record Outcome(FilePlan.Hold hold, boolean partlyStored, int storedPayments) {

        static Outcome held(FilePlan.Hold hold, boolean partlyStored) {
            return new Outcome(hold, partlyStored, 0);
        }

        static Outcome held(FilePlan.Hold hold, boolean partlyStored, int storedPayments) {
            return new Outcome(hold, partlyStored, storedPayments);
        }
    }
}
