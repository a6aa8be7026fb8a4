package de.debitum.output.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DejaVu Sans and DejaVu Sans Bold, embedded as subsets in each document (PDF/A requires
 * embedded fonts). The font files come from the {@code net.sf.jasperreports:jasperreports-fonts}
 * artifact, which ships DejaVu 2.37 under the DejaVu fonts licence (its LICENSE file sits beside
 * the fonts); the bundle embeds only these two files and that licence.
 *
 * <p>Parsing one font file took about 26 ms on this project's 2-core development machine, a large
 * share of a letter's rendering time, so parsed fonts are kept in a small pool. One document uses a parsed pair at a time, because fontbox reads glyphs
 * lazily and is not thread-safe. {@link #release()} returns the pair after the document is saved.
 */
final class LetterFonts {

    /** Parsed font pairs kept for reuse; renders beyond four at once parse their own and close them. */
    private static final Logger LOG = LoggerFactory.getLogger(LetterFonts.class);

    private static final BlockingQueue<TrueTypeFont[]> IDLE = new ArrayBlockingQueue<>(4);

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = load("DejaVuSans.ttf");
    private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

    final PDFont regular;
    final PDFont bold;
    private final TrueTypeFont[] parsed;
    private final Map<PDFont, Map<Integer, Boolean>> glyphCache = new HashMap<>();

    LetterFonts(PDDocument document) throws IOException {
        TrueTypeFont[] pair = IDLE.poll();
        this.parsed = pair != null ? pair : new TrueTypeFont[] {parse(REGULAR), parse(BOLD)};
        this.regular = PDType0Font.load(document, parsed[0], true);
        this.bold = PDType0Font.load(document, parsed[1], true);
    }

    /** Returns the parsed fonts to the pool; call once the document is saved or abandoned. */
    void release() {
        if (!IDLE.offer(parsed)) {
            for (TrueTypeFont font : parsed) {
                try {
                    font.close();
                } catch (IOException e) {
                    // Closing only frees an in-memory buffer, so a failure loses nothing.
                    LOG.debug("Closing a parsed font failed", e);
                }
            }
        }
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    /**
     * Makes text drawable in {@code font}: control characters other than line feed become
     * spaces and characters the font has no glyph for become {@code ?}, because PDFBox rejects
     * both. Line feeds stay for {@link TextWrapper} to break at.
     */
    String drawable(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphCache.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (known.computeIfAbsent(codePoint, cp -> canEncode(font, cp))) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] load(String fileName) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(FONT_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_FOLDER + fileName + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + fileName, e);
        }
    }
}
