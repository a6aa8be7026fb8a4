package de.debitum.output.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Adds what PDF/A-3b needs beyond embedded fonts: XMP metadata that repeats the document
 * information (title, author, producer, creator tool, creation date) and declares part 3,
 * conformance B; and an sRGB output intent, because the letter paints in DeviceRGB.
 *
 * <p>The ICC profile is the sRGB profile of the Java runtime ({@code ICC_Profile.getInstance(
 * ColorSpace.CS_sRGB)}, the file {@code sRGB.pf} of the {@code java.desktop} module). PDFBox
 * 3.0.8 ships no sRGB profile in its jar, only a CMYK one.
 */
final class PdfAConformance {

    private static final String PRODUCER = "Debitum";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfAConformance() {
    }

    static void apply(PDDocument document, String title, String author, Calendar created, String language)
            throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(created);

        document.getDocumentCatalog().setMetadata(metadata(document, title, author, created));
        document.getDocumentCatalog().setLanguage(language);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static PDMetadata metadata(PDDocument document, String title, String author, Calendar created)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(author);

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(created);

        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        try {
            identification.setPart(3);
            identification.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox rejected PDF/A conformance B", e);
        }

        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot serialise the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        return metadata;
    }
}
