package de.debitum.ledger.internal.datev;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * The text of one EXTF file as DATEV's general rules want it (developer.datev.de, DATEV-Format,
 * Einstieg): fields separated by {@code ;}, every line ended by CR LF, text fields in double quotes
 * with embedded quotes doubled, the whole file in Windows-1252.
 */
final class ExtfText {

    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder();

    /** Appends the header line; {@code values[i]} is quoted where {@code quoted[i]} is set. */
    void header(String[] values, boolean[] quoted) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(';');
            }
            appendField(values[i], quoted[i]);
        }
        text.append(CRLF);
    }

    /** Appends the line of column headings, unquoted as in DATEV's sample files. */
    void headings(List<ExtfColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(columns.get(i).heading());
        }
        text.append(CRLF);
    }

    /** Appends one data row; a {@code null} value is an empty field. */
    void row(List<ExtfColumn> columns, String[] values) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            appendField(values[i], columns.get(i).text());
        }
        text.append(CRLF);
    }

    /** Encodes the text in Windows-1252; the sanitizer has already made every value encodable. */
    byte[] toWindows1252() {
        try {
            ByteBuffer encoded = FieldSanitizer.WINDOWS_1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("EXTF text has a character outside Windows-1252 that the"
                    + " sanitizer let through: " + e.getMessage(), e);
        }
    }

    private void appendField(String value, boolean quoted) {
        String content = value == null ? "" : value;
        if (!quoted) {
            text.append(content);
            return;
        }
        text.append('"');
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }
}
