package de.debitum.connector.csv.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DocumentData;

/**
 * Reads one CSV file into records of the configured kind. The first row must be the header row;
 * quoted fields may contain delimiters and line breaks. A row that cannot be converted becomes a
 * {@link RowProblem} and the other rows are still read.
 */
public final class CsvFileReader {

    private final CsvSettings settings;

    public CsvFileReader(CsvSettings settings) {
        this.settings = settings;
    }

    /**
     * The records of a file in the order to store them (debtors first), the spreadsheet row each
     * record came from by record type and external id, and the rejected rows.
     */
    public record ReadResult(List<CanonicalRecord> records, Map<String, Long> rowsByRecord, List<RowProblem> problems,
                             int dataRows, String encoding, char delimiter) {
    }

    /**
     * Reads {@code content}.
     *
     * @throws UnreadableFileException when the file is too large, is not text, has no header row or
     *                                 lacks a column of a required field
     */
    public ReadResult read(byte[] content) throws UnreadableFileException {
        if (content.length > settings.maxFileBytes()) {
            throw new UnreadableFileException(
                    "Die Datei ist zu groß (" + content.length + " Bytes, höchstens " + settings.maxFileBytes()
                            + " Bytes). Bitte die Datei aufteilen oder die Höchstgröße in der Konnektor-Konfiguration"
                            + " erhöhen.",
                    "The file is too large (" + content.length + " bytes, at most " + settings.maxFileBytes()
                            + " bytes). Split the file or raise the maximum file size in the connector configuration.");
        }
        TextDecoder.Text text = TextDecoder.decode(content, settings.encoding());
        if (text.content().indexOf('\0') >= 0) {
            throw new UnreadableFileException("Die Datei enthält Null-Bytes und ist daher keine CSV-Datei.",
                    "The file contains null bytes, so it is not a CSV file.");
        }
        char delimiter = settings.delimiter() != null ? settings.delimiter() : detectDelimiter(text.content());
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setRecordSeparator("\r\n")
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();

        try (CSVParser parser = CSVParser.parse(text.content(), format)) {
            List<CSVRecord> rows = parser.getRecords();
            if (rows.isEmpty()) {
                throw new UnreadableFileException("Die Datei ist leer; erwartet wird eine Kopfzeile mit den Spaltennamen.",
                        "The file is empty; a header row with the column names is expected.");
            }
            Map<String, Integer> columns = columns(rows.get(0), delimiter);
            RowMapper mapper = new RowMapper(settings, columns);
            Map<String, CanonicalRecord> debtors = new LinkedHashMap<>();
            List<CanonicalRecord> others = new ArrayList<>();
            // Rows of one invoice (one per VAT rate) join into one document at its first row's place.
            // An invoice with a row that fails is left out as a whole: part of it would be a wrong claim.
            Map<String, Integer> invoiceAt = new HashMap<>();
            Map<String, Long> failedInvoices = new LinkedHashMap<>();
            Map<String, Long> rowsByRecord = new HashMap<>();
            List<RowProblem> problems = new ArrayList<>();
            for (int index = 1; index < rows.size(); index++) {
                long rowNumber = index + 1L;
                RowMapper.Mapped mapped = mapper.map(rows.get(index), rowNumber);
                if (mapped.problem() != null) {
                    problems.add(mapped.problem());
                    String number = mapper.invoiceNumber(rows.get(index));
                    if (number != null) {
                        failedInvoices.putIfAbsent(number, rowNumber);
                    }
                    continue;
                }
                RowMapper.Keyed invoice = mapped.records().stream().filter(k -> k.record() instanceof DocumentData)
                        .findFirst().orElse(null);
                Integer at = invoice == null ? null : invoiceAt.get(invoice.key());
                if (at != null) {
                    InvoiceRows.Joined joined = InvoiceRows.join((DocumentData) others.get(at),
                            rowsByRecord.get(invoice.key()), (DocumentData) invoice.record(), rowNumber, settings);
                    if (joined.problem() != null) {
                        problems.add(joined.problem());
                        failedInvoices.putIfAbsent(((DocumentData) invoice.record()).number(), rowNumber);
                    } else {
                        others.set(at, joined.document());
                    }
                    continue;
                }
                for (RowMapper.Keyed keyed : mapped.records()) {
                    if (keyed.debtor()) {
                        debtors.putIfAbsent(keyed.key(), keyed.record());
                    } else {
                        if (keyed == invoice) {
                            invoiceAt.put(keyed.key(), others.size());
                        }
                        others.add(keyed.record());
                    }
                    rowsByRecord.putIfAbsent(keyed.key(), rowNumber);
                }
            }
            List<CanonicalRecord> records = new ArrayList<>(debtors.values());
            for (CanonicalRecord record : others) {
                if (record instanceof DocumentData document && failedInvoices.containsKey(document.number())) {
                    problems.add(new RowProblem(rowsByRecord.get(RowMapper.documentKey(document.number())),
                            settings.mapping().header("number"), document.number(),
                            "eine Rechnung, deren Zeilen alle lesbar sind und übereinstimmen; wegen Zeile "
                                    + failedInvoices.get(document.number()) + " bleibt die ganze Rechnung draußen",
                            "an invoice whose rows are all readable and agree; because of row "
                                    + failedInvoices.get(document.number()) + " the whole invoice is left out"));
                    rowsByRecord.remove(RowMapper.documentKey(document.number()));
                } else {
                    records.add(record);
                }
            }
            return new ReadResult(records, rowsByRecord, problems, rows.size() - 1, text.charset().name(), delimiter);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote or a character after a closing quote this way.
            throw new UnreadableFileException("Die Datei ist kein gültiges CSV: " + e.getMessage()
                    + ". Meist fehlt ein schließendes Anführungszeichen; bitte die Datei prüfen und neu exportieren.",
                    "The file is not valid CSV: " + e.getMessage()
                            + ". Usually a closing quote is missing; check the file and export it again.");
        }
    }

    private Map<String, Integer> columns(CSVRecord header, char delimiter) throws UnreadableFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = new ArrayList<>();
        for (String field : settings.kind().requiredFields()) {
            String name = settings.mapping().header(field);
            if (!columns.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            java.util.Collections.sort(missing);
            String found = String.join(" | ", columns.keySet().stream().sorted().toList());
            throw new UnreadableFileException(
                    "Der Kopfzeile fehlen die Spalten " + missing + " (Trennzeichen '" + printable(delimiter)
                            + "', gefunden: " + found + "). Bitte die Spaltenzuordnung oder das Trennzeichen in der"
                            + " Konnektor-Konfiguration anpassen.",
                    "The header row lacks the columns " + missing + " (delimiter '" + printable(delimiter)
                            + "', found: " + found + "). Adjust the column mapping or the delimiter in the connector"
                            + " configuration.");
        }
        return columns;
    }

    /** Picks the most frequent of semicolon, comma and tab in the first line; semicolon on a tie. */
    static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long bestCount = firstLine.chars().filter(c -> c == ';').count();
        for (char candidate : new char[] {'\t', ','}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "Tab" : String.valueOf(delimiter);
    }
}
