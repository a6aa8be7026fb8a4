package de.debitum.einvoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Hand-written test inputs: resources, and PDFs built with PDFBox. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/einvoice/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Test resource /einvoice/" + name + " not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    /** One attachment for {@link #pdf}: its name, its /AFRelationship (or null) and content. */
    record Embedded(String name, String relationship, byte[] content) {
    }

    /** Builds a one-page PDF with the given text lines and embedded files. */
    static byte[] pdf(List<String> lines, Embedded... attachments) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            if (attachments.length > 0) {
                Map<String, PDComplexFileSpecification> names = new HashMap<>();
                COSArray associated = new COSArray();
                List<String> order = new ArrayList<>();
                for (Embedded attachment : attachments) {
                    PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(attachment.content()));
                    file.setSubtype("text/xml");
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setFile(attachment.name());
                    spec.setFileUnicode(attachment.name());
                    spec.setEmbeddedFile(file);
                    spec.setEmbeddedFileUnicode(file);
                    if (attachment.relationship() != null) {
                        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), attachment.relationship());
                    }
                    names.put(attachment.name(), spec);
                    associated.add(spec);
                    order.add(attachment.name());
                }
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(names);
                PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                dictionary.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(dictionary);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
