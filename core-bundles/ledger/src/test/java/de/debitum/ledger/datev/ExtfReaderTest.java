package de.debitum.ledger.datev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import de.debitum.ledger.datev.ExtfFinding.Code;

/** Checks the test reader itself on small hand-written files, so it is tested without the corpus too. */
class ExtfReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String HEADER = "\"EXTF\";700;21;\"Buchungsstapel\";13;20250203103000000;;\"RE\";\"\";\"\";"
            + "29098;55003;20250101;4;20250101;20250131;\"Test\";\"\";1;0;0;\"EUR\";;\"\";;;\"03\";;;\"\";\"\"";

    /** Returns the column line of format 13: 125 headings. */
    private static String headings() {
        return "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen" + ";x".repeat(123);
    }

    /** Returns a data row of 125 fields with the given first fourteen. */
    private static String row(String first14) {
        StringBuilder row = new StringBuilder(first14);
        for (int column = 15; column <= 125; column++) {
            row.append(';');
        }
        return row.toString();
    }

    private static final String GOOD_ROW = row(
            "119,00;\"S\";\"EUR\";;;\"\";10000;8400;\"\";1501;\"RE2025-1\";\"\";;\"Müller €\"");

    private static ExtfDocument read(String text, Charset charset) {
        return ExtfReader.read(text.getBytes(charset));
    }

    @Test
    void wellFormedFileHasNoFindings() {
        ExtfDocument file = read(HEADER + "\r\n" + headings() + "\r\n" + GOOD_ROW + "\r\n", WINDOWS_1252);

        assertThat(file.findings()).isEmpty();
        assertThat(file.value(0, 14)).isEqualTo("Müller €");
    }

    @Test
    void lineFeedAndUtf8Reported() {
        ExtfDocument file = read(HEADER + "\n" + headings() + "\n" + GOOD_ROW + "\n", StandardCharsets.UTF_8);

        assertThat(file.codes()).containsExactly(Code.UTF8_TEXT, Code.LINE_END_NOT_CRLF);
    }

    @Test
    void byteOrderMarkReported() {
        byte[] body = (HEADER + "\r\n" + headings() + "\r\n" + GOOD_ROW + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(ExtfReader.read(bytes).codes()).containsExactly(Code.UTF8_BOM);
    }

    @Test
    void missingFinalLineEndReported() {
        ExtfDocument file = read(HEADER + "\r\n" + headings() + "\r\n" + GOOD_ROW, WINDOWS_1252);

        assertThat(file.codes()).containsExactly(Code.LINE_END_NOT_CRLF);
    }

    @Test
    void unclosedQuoteAndLineBreakReported() {
        String broken = row("119,00;\"S\";\"EUR\";;;\"\";10000;8400;\"\";1501;\"RE2025-1\";\"\";;\"Zeile 1\r\nZeile 2\"");

        ExtfDocument lineBreak = read(HEADER + "\r\n" + headings() + "\r\n" + broken + "\r\n", WINDOWS_1252);
        ExtfDocument open = read(HEADER + "\r\n" + headings() + "\r\n" + "1,00;\"S;EUR\r\n", WINDOWS_1252);

        assertThat(lineBreak.codes()).containsExactly(Code.CONTROL_CHARACTER);
        assertThat(open.codes()).contains(Code.UNCLOSED_QUOTE, Code.CONTROL_CHARACTER);
    }

    @Test
    void fieldRulesReported() {
        String bad = row("119.00;\"X\";\"EUR\";;;\"\";01200;8400;\"19%\";0102;\"RE 2025.1\";\"\";;\"" + "x".repeat(61) + "\"");

        ExtfDocument file = read(HEADER + "\r\n" + headings() + "\r\n" + bad + "\r\n", WINDOWS_1252);

        assertThat(file.codes()).containsExactlyInAnyOrder(Code.AMOUNT_INVALID, Code.DEBIT_CREDIT_INVALID,
                Code.ACCOUNT_INVALID, Code.TAX_KEY_INVALID, Code.BELEGDATUM_OUTSIDE_PERIOD, Code.BELEGFELD_INVALID,
                Code.TEXT_TOO_LONG);
    }

    @Test
    void quotingAndColumnCountReported() {
        String quotedNumber = row("\"119,00\";S;\"EUR\";;;\"\";10000;8400;\"\";1501;\"RE2025-1\";\"\";;\"x\"");

        ExtfDocument file = read(HEADER + "\r\n" + headings() + "\r\n" + quotedNumber + ";\r\n", WINDOWS_1252);

        assertThat(file.codes()).containsExactlyInAnyOrder(Code.NUMBER_QUOTED, Code.TEXT_NOT_QUOTED,
                Code.ROW_FIELD_COUNT);
    }

    @Test
    void headerFaultsReported() {
        String header = HEADER.replace(";700;", ";510;").replace(";0;0;\"EUR\"", ";0;;\"EUR\"")
                .replace(";\"Buchungsstapel\";13;", ";\"Buchungsstapel\";11;");

        ExtfDocument file = read(header + "\r\n" + headings() + "\r\n" + GOOD_ROW + "\r\n", WINDOWS_1252);

        assertThat(file.codes()).containsExactlyInAnyOrder(Code.HEADER_VERSION, Code.HEADER_FIELD_INVALID,
                Code.UNKNOWN_FORMAT_VERSION, Code.OUTDATED_FORMAT_VERSION);
    }

    @Test
    void tooManyRowsReported() {
        String rows = String.join("\r\n", Collections.nCopies(100_000, GOOD_ROW));

        ExtfDocument file = read(HEADER + "\r\n" + headings() + "\r\n" + rows + "\r\n", WINDOWS_1252);

        assertThat(file.codes()).containsExactly(Code.TOO_MANY_ROWS);
    }

    @Test
    void notExtfReported() {
        assertThat(read("Konto;Name\r\n10000;\"Meyer\"\r\n", WINDOWS_1252).codes()).containsExactly(Code.NOT_EXTF);
    }
}
