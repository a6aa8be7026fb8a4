package de.debitum.output.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes one letter as a PDF/A-3b document. */
public final class LetterPdfWriter {

    /** The written document and its page count. */
    public record Written(byte[] pdf, int pageCount) {
    }

    private LetterPdfWriter() {
    }

    public static Written write(LetterContent content, Calendar created) throws IOException {
        try (PDDocument document = new PDDocument()) {
            LetterFonts fonts = new LetterFonts(document);
            try {
                LetterLayout layout = new LetterLayout(document, fonts, content);
                layout.layOut();
                PdfAConformance.apply(document, content.text().subject(),
                        content.data().letterhead().companyName(), created, content.language().locale().toLanguageTag());

                // Saving writes the font subsets, so the parsed fonts go back to the pool only after it.
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                document.save(out);
                return new Written(out.toByteArray(), layout.pageCount());
            } finally {
                fonts.release();
            }
        }
    }
}
