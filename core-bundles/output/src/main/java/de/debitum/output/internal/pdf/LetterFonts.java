package de.debitum.output.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold, embedded as subsets in each document (PDF/A requires
 * embedded fonts). The font files come from the {@code net.sf.jasperreports:jasperreports-fonts}
 * artifact, which ships DejaVu 2.37 under the DejaVu fonts licence (its LICENSE file sits beside
 * the fonts); the bundle embeds only these two files and that licence.
 */
final class LetterFonts {

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = load("DejaVuSans.ttf");
    private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphCache = new HashMap<>();

    LetterFonts(PDDocument document) throws IOException {
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
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
