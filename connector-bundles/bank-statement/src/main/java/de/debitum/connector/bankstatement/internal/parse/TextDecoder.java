package de.debitum.connector.bankstatement.internal.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text statement: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252, the code
 * page German banks often write MT940 in. Both decoders report malformed input instead of replacing it,
 * and Windows-1252 leaves five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) undefined, so neither silently
 * accepts any byte. Control characters other than tab, CR and LF are rejected afterwards.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the encoding it was read with. */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] content) throws InvalidStatementException {
        int start = hasUtf8Bom(content) ? 3 : 0;
        int end = content.length;
        // DOS tools may end a text file with SUB (0x1A), which is no content.
        while (end > start && content[end - 1] == 0x1A) {
            end--;
        }
        ByteBuffer bytes = ByteBuffer.wrap(content, start, end - start);

        Decoded decoded;
        try {
            decoded = new Decoded(strict(StandardCharsets.UTF_8).decode(bytes).toString(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            bytes.rewind();
            bytes.position(start);
            try {
                decoded = new Decoded(strict(WINDOWS_1252).decode(bytes).toString(), WINDOWS_1252);
            } catch (CharacterCodingException notWindows1252) {
                throw new InvalidStatementException(null, new Message(
                        "Die Datei ist weder UTF-8 noch Windows-1252 (Byte ohne Zeichen in Windows-1252).",
                        "The file is neither UTF-8 nor Windows-1252 (a byte without a Windows-1252 character)."),
                        null, "eine Textdatei in UTF-8 oder Windows-1252");
            }
        }
        rejectControlCharacters(decoded.text());
        return decoded;
    }

    private static void rejectControlCharacters(String text) throws InvalidStatementException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c != '\r' && c != '\t' && (c < 0x20 || (c >= 0x7F && c < 0xA0))) {
                throw new InvalidStatementException("Zeile " + line, new Message(
                        "Die Datei enthält ein Binär- oder Steuerzeichen (" + String.format("U+%04X", (int) c)
                                + "); sie ist wohl keine Textdatei oder beschädigt.",
                        "The file contains a binary or control character (" + String.format("U+%04X", (int) c)
                                + "); it is probably not a text file or it is damaged."),
                        null, "nur druckbare Zeichen, Tabulator und Zeilenumbrüche");
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }
}
