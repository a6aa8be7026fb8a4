package de.debitum.connector.csv.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;

/**
 * Imports one CSV file and names the folder it moves to when the exchange completes.
 *
 * <p>A file whose rows were stored goes to {@code .done}, with a reason file when some rows were
 * rejected by the reader or by ingestion. A file that cannot be read at all, or that fails with an
 * unexpected exception, goes to {@code .error} with a reason file, and the hub records it as a
 * rejected file of the instance. An {@link IngestionException}
 * (nothing of that batch was stored) is rethrown, so that the file stays in the inbox folder and
 * is read again at the next poll.
 */
final class CsvFileProcessor implements Processor {

    /** Header that the route's {@code move} option reads: the target path relative to the inbox folder. */
    static final String TARGET_HEADER = "DebitumCsvTarget";
    static final String DONE = ".done";
    static final String ERROR = ".error";

    /** Records per call of ingest; far below the datacenter's maximum batch size. */
    static final int RECORDS_PER_BATCH = 10_000;

    private final ConnectorContext context;
    private final CsvSettings settings;
    private final CsvFileReader reader;

    CsvFileProcessor(ConnectorContext context, CsvSettings settings) {
        this.context = context;
        this.settings = settings;
        this.reader = new CsvFileReader(settings);
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path folder = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class));
        Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);

        ReasonFile.Line unreadable;
        try {
            if (length != null && length > settings.maxFileBytes()) {
                // The reader checks the size again; this check avoids loading a huge file into memory.
                throw new UnreadableFileException(
                        "Die Datei ist zu groß (" + length + " Bytes, höchstens " + settings.maxFileBytes()
                                + " Bytes). Bitte die Datei aufteilen oder die Höchstgröße erhöhen.",
                        "The file is too large (" + length + " bytes, at most " + settings.maxFileBytes()
                                + " bytes). Split the file or raise the maximum file size.");
            }
            CsvFileReader.ReadResult result = reader.read(exchange.getIn().getBody(byte[].class));
            store(fileName, folder, result, exchange);
            return;
        } catch (UnreadableFileException e) {
            unreadable = new ReasonFile.Line(e.german(), e.english());
        } catch (IngestionException e) {
            throw e;
        } catch (RuntimeException e) {
            context.log().error("Importing CSV file {} failed unexpectedly; it goes to {}", fileName, ERROR, e);
            String type = e.getClass().getSimpleName();
            unreadable = new ReasonFile.Line(
                    "Die Datei konnte wegen eines internen Fehlers nicht verarbeitet werden (" + type
                            + "). Bitte den Betrieb informieren.",
                    "The file could not be processed because of an internal error (" + type + "). Please tell the"
                            + " operators.");
        }

        // Recorded first: when the store fails, the file stays in the inbox folder and is read again.
        context.rejectFile(source(), fileName, LocalizedText.of(unreadable.german(), unreadable.english()));
        String target = freeName(folder, ERROR, fileName);
        Path reasonFile = ReasonFile.writeUnreadable(folder.resolve(target), unreadable);
        exchange.getIn().setHeader(TARGET_HEADER, target);
        context.log().warn("CSV file {} not imported, it goes to {}; see {}", fileName, ERROR, reasonFile.getFileName());
    }

    private String source() {
        return "csv:" + settings.kind().value();
    }

    /**
     * Cuts the records into calls of at most {@code size} documents or payments each, every call
     * with the debtors its documents name, so that each call is complete even when an
     * earlier call of the file failed. A debtor that documents of several calls name is delivered
     * with each and counts as unchanged after the first. Debtors that no document names go with
     * the first call.
     */
    static List<List<CanonicalRecord>> chunks(List<CanonicalRecord> records, int size) {
        Map<String, DebtorData> debtors = new LinkedHashMap<>();
        List<CanonicalRecord> others = new ArrayList<>();
        for (CanonicalRecord record : records) {
            if (record instanceof DebtorData debtor) {
                debtors.putIfAbsent(debtor.externalId(), debtor);
            } else {
                others.add(record);
            }
        }
        List<List<CanonicalRecord>> chunks = new ArrayList<>();
        if (others.isEmpty()) {
            List<CanonicalRecord> all = new ArrayList<>(debtors.values());
            for (int start = 0; start == 0 || start < all.size(); start += size) {
                chunks.add(all.subList(start, Math.min(all.size(), start + size)));
            }
            return chunks;
        }
        Set<String> named = new HashSet<>();
        for (int start = 0; start < others.size(); start += size) {
            List<CanonicalRecord> slice = others.subList(start, Math.min(others.size(), start + size));
            Map<String, DebtorData> sliceDebtors = new LinkedHashMap<>();
            for (CanonicalRecord record : slice) {
                if (record instanceof DocumentData document && debtors.containsKey(document.debtorExternalId())) {
                    sliceDebtors.putIfAbsent(document.debtorExternalId(), debtors.get(document.debtorExternalId()));
                }
            }
            named.addAll(sliceDebtors.keySet());
            List<CanonicalRecord> chunk = new ArrayList<>(sliceDebtors.values());
            chunk.addAll(slice);
            chunks.add(chunk);
        }
        List<CanonicalRecord> unnamed = debtors.values().stream().filter(debtor -> !named.contains(debtor.externalId()))
                .map(CanonicalRecord.class::cast).toList();
        chunks.get(0).addAll(0, unnamed);
        return chunks;
    }

    private void store(String fileName, Path folder, CsvFileReader.ReadResult result, Exchange exchange)
            throws IOException {
        String source = source();
        List<CanonicalRecord> records = result.records();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Rejection> rejections = new ArrayList<>();
        // The checkpoint, the file name, goes with the last call.
        List<List<CanonicalRecord>> chunks = chunks(records, RECORDS_PER_BATCH);
        for (int i = 0; i < chunks.size(); i++) {
            String checkpoint = i == chunks.size() - 1 ? fileName : null;
            ImportReport report = context.ingest(source, chunks.get(i), List.of(), checkpoint);
            created += report.created();
            updated += report.updated();
            unchanged += report.unchanged();
            rejections.addAll(report.rejections());
        }

        List<ReasonFile.Line> rejected = new ArrayList<>();
        java.util.Set<Long> rejectedRows = new java.util.HashSet<>();
        for (RowProblem problem : result.problems()) {
            rejected.add(new ReasonFile.Line(problem.german(), problem.english()));
        }
        for (Rejection rejection : rejections) {
            Long row = result.rowsByRecord().get(rejection.recordType() + " " + rejection.externalId());
            rejectedRows.add(row == null ? -1L : row);
            String where = row == null ? "" : "Zeile " + row + ": ";
            String whereEnglish = row == null ? "" : "Row " + row + ": ";
            rejected.add(new ReasonFile.Line(where + "Datensatz abgelehnt – " + rejection.message(),
                    whereEnglish + "record rejected – " + rejection.message()));
        }

        String target = freeName(folder, DONE, fileName);
        exchange.getIn().setHeader(TARGET_HEADER, target);
        context.log().info("CSV file {} imported ({}, {}, delimiter '{}'): {} data rows, {} records ({} created,"
                        + " {} updated, {} unchanged), {} rows rejected by the reader, {} records rejected by ingestion",
                fileName, settings.kind().value(), result.encoding(), result.delimiter() == '\t' ? "tab" : result.delimiter(),
                result.dataRows(), records.size(), created, updated, unchanged, result.problems().size(), rejections.size());
        if (!rejected.isEmpty()) {
            int storedRows = result.dataRows() - result.problems().size() - rejectedRows.size();
            Path reasonFile = ReasonFile.writeRejectedRows(folder.resolve(target), storedRows, rejected);
            context.log().warn("CSV file {}: {} rows rejected; see {}/{}", fileName, rejected.size(), DONE,
                    reasonFile.getFileName());
        }
    }

    /**
     * Returns {@code folderName/fileName}, or a numbered variant such as {@code a-2.csv} when a file of
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
}
