package de.debitum.connector.csv.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. In {@code auto} mode a file is UTF-8 when it starts with the
 * UTF-8 byte order mark or is valid UTF-8, and Windows-1252 otherwise, the code page of German
 * Excel exports. The byte order mark is removed. Undefined bytes are an error in every mode, so
 * no byte is silently turned into another character.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {
    }

    /** The decoded text and the encoding that was used. */
    record Text(String content, Charset charset) {
    }

    static Text decode(byte[] bytes, String encoding) throws UnreadableFileException {
        boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
        int offset = bom ? 3 : 0;
        Charset charset = switch (encoding) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "windows-1252" -> WINDOWS_1252;
            default -> bom || decodes(bytes, offset, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        };
        try {
            return new Text(strictDecode(bytes, offset, charset), charset);
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(
                    "Die Datei ist kein Text in der Kodierung " + charset.name() + ": sie enthält Bytes, die darin"
                            + " nicht vorkommen. Bitte die Datei als CSV (UTF-8 oder Windows-1252) exportieren oder die"
                            + " Kodierung in der Konnektor-Konfiguration berichtigen.",
                    "The file is not text in the encoding " + charset.name() + ": it contains bytes that do not occur"
                            + " in it. Export the file as CSV (UTF-8 or Windows-1252) or correct the encoding in the"
                            + " connector configuration.");
        }
    }

    private static boolean decodes(byte[] bytes, int offset, Charset charset) {
        try {
            strictDecode(bytes, offset, charset);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }
}
