package de.debitum.connector.bankstatement.internal.parse;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a bank statement file (camt.052/053/054 or MT940/MT942) into statements, entries and
 * payments. The format is detected from the content, not the file name: XML is read as camt,
 * text as MT940.
 *
 * <p>The reader returns bad input as rejections instead of throwing. A file it cannot read at all
 * comes back with one {@link Rejection} and no statements. A bad statement is rejected on its own,
 * and the other statements of the file are still read. An unexpected failure inside the reader is
 * logged and also returned as a rejection.
 */
public final class StatementReader {

    private static final Logger LOG = LoggerFactory.getLogger(StatementReader.class);

    /**
     * Default size bound. It is an estimate with room to spare: the bench's generated camt.053 with
     * 20,000 entries and one transaction detail each is 11 MiB.
     */
    public static final int DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

    private final int maxBytes;

    public StatementReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Creates a reader that rejects files larger than {@code maxBytes}. */
    public StatementReader(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads one file with the default size bound. */
    public static ParseResult read(String fileName, byte[] content) {
        return new StatementReader().parse(fileName, content);
    }

    /** Reads one file; {@code fileName} is used in messages only. */
    public ParseResult parse(String fileName, byte[] content) {
        Objects.requireNonNull(content, "content");
        try {
            return parseChecked(fileName, content);
        } catch (RuntimeException e) {
            // A bug in the reader, not bad input: the user gets a sentence, the log the stack trace.
            LOG.error("Reading bank statement file {} failed unexpectedly", fileName, e);
            String type = e.getClass().getSimpleName();
            Message message = new Message(
                    "Die Datei konnte wegen eines internen Fehlers nicht gelesen werden (" + type
                            + "). Bitte den Betrieb informieren.",
                    "The file could not be read because of an internal error (" + type + "). Please tell the operators.");
            return ParseResult.rejected(fileName, null, new InvalidStatementException(null, message, null, null)
                    .toRejection(null));
        }
    }

    private ParseResult parseChecked(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            Message message = new Message("Die Datei ist zu groß (" + content.length + " Bytes).",
                    "The file is too large (" + content.length + " bytes).");
            String expected = "höchstens " + maxBytes + " Bytes; bitte den Auszug für kürzere Zeiträume abrufen";
            return ParseResult.rejected(fileName, null,
                    new InvalidStatementException(null, message, null, expected).toRejection(null));
        }
        if (content.length == 0) {
            Message message = new Message("Die Datei ist leer.", "The file is empty.");
            return ParseResult.rejected(fileName, null,
                    new InvalidStatementException(null, message, null, "ein camt- oder MT940-Kontoauszug").toRejection(null));
        }
        if (looksLikeXml(content)) {
            return CamtParser.parse(fileName, content);
        }

        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(content);
        } catch (InvalidStatementException e) {
            return ParseResult.rejected(fileName, null, e.toRejection(null));
        }
        return Mt940Parser.parse(fileName, decoded.text(), decoded.charset().name());
    }

    /** Returns whether the first character after an optional byte order mark and white space is '<'. */
    private static boolean looksLikeXml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && isXmlWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    private static boolean isXmlWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
