package de.debitum.ledger.datev;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.debitum.ledger.datev.ExtfDocument.Cell;
import de.debitum.ledger.datev.ExtfDocument.Encoding;
import de.debitum.ledger.datev.ExtfFinding.Code;

/**
 * An EXTF reader for tests, written apart from the writer so that it checks the writer's output
 * instead of repeating its mistakes. It decodes the bytes, splits records by DATEV's rules
 * (separator {@code ;}, CR LF, text in double quotes with doubled quotes) and hands the records to
 * {@link ExtfChecks}. It never throws on bad input: every problem becomes a finding.
 */
final class ExtfReader {

    /** Files above this size are not parsed; a Buchungsstapel of 99,999 full rows stays far below. */
    static final int MAX_FILE_SIZE = 256 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int[] UNDEFINED_WINDOWS_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    // Most EXTF cells are empty; sharing these keeps a 99,999-row file small in memory.
    private static final Cell EMPTY_QUOTED = new Cell("", true);
    private static final Cell EMPTY_UNQUOTED = new Cell("", false);

    private final List<ExtfFinding> findings = new ArrayList<>();

    private ExtfReader() {
    }

    /** Parses and checks one file. */
    static ExtfDocument read(byte[] bytes) {
        return new ExtfReader().parse(bytes);
    }

    private ExtfDocument parse(byte[] bytes) {
        if (bytes.length > MAX_FILE_SIZE) {
            findings.add(new ExtfFinding(Code.FILE_TOO_LARGE, 0, 0, bytes.length + " bytes"));
            return new ExtfDocument(Encoding.WINDOWS_1252, List.of(), List.of(), List.of(), findings);
        }

        Encoding encoding = detectEncoding(bytes);
        String text = decode(bytes, encoding);
        List<List<Cell>> records = split(text);

        List<Cell> header = records.isEmpty() ? List.of() : records.get(0);
        List<Cell> headings = records.size() < 2 ? List.of() : records.get(1);
        List<List<Cell>> rows = records.size() < 3 ? List.of() : records.subList(2, records.size());
        new ExtfChecks(findings).check(header, headings, rows);
        return new ExtfDocument(encoding, header, headings, List.copyOf(rows), List.copyOf(findings));
    }

    private Encoding detectEncoding(byte[] bytes) {
        if (bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), UTF8_BOM)) {
            findings.add(new ExtfFinding(Code.UTF8_BOM, 1, 0, "EF BB BF"));
            return Encoding.UTF8_WITH_BOM;
        }
        boolean nonAscii = false;
        for (byte b : bytes) {
            nonAscii |= b < 0;
        }
        // Windows-1252 text with umlauts is almost never valid UTF-8, so valid multi-byte UTF-8
        // means the writer used the wrong character set.
        if (nonAscii && isValidUtf8(bytes)) {
            findings.add(new ExtfFinding(Code.UTF8_TEXT, 0, 0, "non-ASCII text is valid UTF-8"));
            return Encoding.UTF8;
        }
        for (int i = 0; i < bytes.length; i++) {
            int unsigned = bytes[i] & 0xFF;
            if (unsigned >= 0x80 && isUndefinedInWindows1252(unsigned)) {
                findings.add(new ExtfFinding(Code.UNDEFINED_BYTE, 0, 0,
                        String.format("byte 0x%02X at offset %d", unsigned, i)));
                break;
            }
        }
        return Encoding.WINDOWS_1252;
    }

    private static boolean isUndefinedInWindows1252(int unsigned) {
        for (int undefined : UNDEFINED_WINDOWS_1252) {
            if (undefined == unsigned) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, Encoding encoding) {
        return switch (encoding) {
            case UTF8_WITH_BOM -> new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
            case WINDOWS_1252 -> new String(bytes, WINDOWS_1252);
        };
    }

    private static Cell cell(StringBuilder value, boolean quoted) {
        if (value.length() == 0) {
            return quoted ? EMPTY_QUOTED : EMPTY_UNQUOTED;
        }
        return new Cell(value.toString(), quoted);
    }

    /** Splits the text into records of cells, reporting quoting and line-end problems. */
    private List<List<Cell>> split(String text) {
        List<List<Cell>> records = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean afterClosingQuote = false;
        boolean lineEndReported = false;
        int line = 1;
        int recordLine = 1;

        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                    afterClosingQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
                continue;
            }
            if (c == ';') {
                cells.add(cell(value, quoted));
                value.setLength(0);
                quoted = false;
                afterClosingQuote = false;
            } else if (c == '\r' || c == '\n') {
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (!crlf && !lineEndReported) {
                    findings.add(new ExtfFinding(Code.LINE_END_NOT_CRLF, line, 0, c == '\n' ? "LF" : "CR"));
                    lineEndReported = true;
                }
                if (crlf) {
                    i++;
                }
                cells.add(cell(value, quoted));
                records.add(cells);
                cells = new ArrayList<>();
                value.setLength(0);
                quoted = false;
                afterClosingQuote = false;
                line++;
                recordLine = line;
            } else if (c == '"' && value.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                if (c == '"' || afterClosingQuote) {
                    findings.add(new ExtfFinding(Code.MALFORMED_QUOTES, recordLine, cells.size() + 1,
                            value.toString() + c));
                    afterClosingQuote = false;
                }
                value.append(c);
            }
        }

        if (inQuotes) {
            findings.add(new ExtfFinding(Code.UNCLOSED_QUOTE, recordLine, cells.size() + 1, value.toString()));
        }
        if (inQuotes || value.length() > 0 || quoted || !cells.isEmpty()) {
            cells.add(cell(value, quoted));
            records.add(cells);
            if (!lineEndReported) {
                findings.add(new ExtfFinding(Code.LINE_END_NOT_CRLF, recordLine, 0, "no line end after the last line"));
            }
        }
        return records;
    }
}
