package de.debitum.einvoice.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import de.debitum.einvoice.internal.ReadFailure;
import de.debitum.einvoice.internal.Rejections;

/** Opens a PDF with PDFBox within bounds and lists its embedded files and text. */
public final class PdfContainer {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final int MAX_NAME_TREE_DEPTH = 10;

    /**
     * One embedded file.
     *
     * @param name         its file name (Unicode name where present)
     * @param relationship its /AFRelationship (Data, Alternative, Source, ...), or {@code null}
     * @param content      its bytes, or {@code null} when it exceeds the size bound
     */
    public record Attachment(String name, String relationship, byte[] content) {
    }

    private PdfContainer() {
    }

    /**
     * Opens a PDF in main memory bounded by {@code maxMemoryBytes}; encrypted PDFs are rejected.
     * The caller closes the document.
     */
    public static PDDocument open(byte[] pdf, long maxMemoryBytes) throws ReadFailure {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(maxMemoryBytes).streamCache);
        } catch (InvalidPasswordException e) {
            throw Rejections.pdfEncrypted();
        } catch (IOException | RuntimeException e) {
            throw Rejections.pdfCorrupt(String.valueOf(e.getMessage()));
        }
        if (doc.isEncrypted()) {
            closeQuietly(doc);
            throw Rejections.pdfEncrypted();
        }
        return doc;
    }

    /** Lists the embedded files of the name tree and the document's /AF array, each once. */
    public static List<Attachment> attachments(PDDocument doc, long maxBytes) throws ReadFailure {
        Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
        try {
            PDEmbeddedFilesNameTreeNode tree = new PDDocumentNameDictionary(doc.getDocumentCatalog()).getEmbeddedFiles();
            if (tree != null) {
                collect(tree, specs, 0);
            }
            COSBase af = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(AF);
            if (af instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSDictionary dictionary) {
                        PDComplexFileSpecification spec = new PDComplexFileSpecification(dictionary);
                        specs.putIfAbsent(nameOf(spec), spec);
                    }
                }
            }

            List<Attachment> attachments = new ArrayList<>();
            for (Map.Entry<String, PDComplexFileSpecification> entry : specs.entrySet()) {
                PDComplexFileSpecification spec = entry.getValue();
                attachments.add(new Attachment(entry.getKey(), spec.getCOSObject().getNameAsString(AF_RELATIONSHIP),
                        readBounded(embeddedFileOf(spec), maxBytes)));
            }
            return attachments;
        } catch (IOException | RuntimeException e) {
            throw Rejections.pdfCorrupt("eingebettete Dateien / embedded files: " + e.getMessage());
        }
    }

    /** Extracts the text of the first {@code maxPages} pages. */
    public static String text(PDDocument doc, int maxPages) throws ReadFailure {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(maxPages, doc.getNumberOfPages()));
            return stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            throw Rejections.pdfCorrupt("Text: " + e.getMessage());
        }
    }

    public static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // Safe to ignore: the document lives in main memory only, so closing frees nothing external.
            org.slf4j.LoggerFactory.getLogger(PdfContainer.class).debug("Closing a PDF failed", e);
        }
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node,
            Map<String, PDComplexFileSpecification> specs, int depth) throws IOException {
        if (depth > MAX_NAME_TREE_DEPTH) {
            return;
        }
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : names.entrySet()) {
                String name = nameOf(entry.getValue());
                specs.putIfAbsent(name != null ? name : entry.getKey(), entry.getValue());
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, specs, depth + 1);
            }
        }
    }

    private static String nameOf(PDComplexFileSpecification spec) {
        String unicode = spec.getFileUnicode();
        return unicode != null && !unicode.isBlank() ? unicode : spec.getFilename();
    }

    private static PDEmbeddedFile embeddedFileOf(PDComplexFileSpecification spec) {
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
        return file != null ? file : spec.getEmbeddedFile();
    }

    /** Decodes the stream up to {@code maxBytes}; returns {@code null} for larger or absent ones. */
    private static byte[] readBounded(PDEmbeddedFile file, long maxBytes) throws IOException {
        if (file == null) {
            return null;
        }
        try (InputStream in = file.createInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return content.length > maxBytes ? null : content;
        }
    }
}
