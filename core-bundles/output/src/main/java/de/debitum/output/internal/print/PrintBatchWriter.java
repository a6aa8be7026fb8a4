package de.debitum.output.internal.print;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Joins letters into one PDF for printing. When a letter has an odd number of pages, a blank page
 * follows it, so that on a duplex printer every letter starts on a new sheet.
 */
public final class PrintBatchWriter {

    private PrintBatchWriter() {
    }

    /**
     * Writes the letters in the given order and returns the number of pages written.
     *
     * @param pdfOf loads one letter's PDF; letters are loaded one at a time
     */
    public static <K> int write(List<K> letters, Function<K, byte[]> pdfOf, OutputStream out) {
        // Pages are cached in temporary files, so a batch of many letters does not fill the heap.
        try (PDDocument batch = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (K letter : letters) {
                try (PDDocument document = Loader.loadPDF(pdfOf.apply(letter))) {
                    merger.appendDocument(batch, document);
                    if (document.getNumberOfPages() % 2 == 1) {
                        batch.addPage(new PDPage(document.getPage(0).getMediaBox()));
                    }
                }
            }
            int pages = batch.getNumberOfPages();
            batch.save(out);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the print batch failed: " + e.getMessage(), e);
        }
    }
}
