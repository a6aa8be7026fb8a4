package de.debitum.output.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width, because PDFBox only draws single lines. Lines break
 * at spaces; a word wider than the line is split between characters. A line feed in the text
 * starts a new line.
 */
final class TextWrapper {

    private TextWrapper() {
    }

    /**
     * Wraps {@code text} for {@code font} at {@code fontSize} points into lines of at most
     * {@code width} points. Returns one empty line for empty text.
     */
    static List<String> wrap(String text, PDFont font, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), font, fontSize, width, lines);
        }
        return lines;
    }

    static float widthOf(String text, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure text in font " + font.getName(), e);
        }
    }

    private static void wrapParagraph(String paragraph, PDFont font, float fontSize, float width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the whole line: split it between characters.
            String rest = word;
            while (widthOf(rest, font, fontSize) > width) {
                int cut = longestFittingPrefix(rest, font, fontSize, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    private static int longestFittingPrefix(String word, PDFont font, float fontSize, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (widthOf(word.substring(0, next), font, fontSize) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
