package de.debitum.einvoice.internal;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;

import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.ReaderLimits;
import de.debitum.einvoice.internal.check.InvoiceChecks;
import de.debitum.einvoice.internal.pdf.PdfContainer;
import de.debitum.einvoice.internal.pdf.PlainPdfRules;
import de.debitum.einvoice.internal.xml.SafeXmlParser;

/** Reads one file, PDF or bare XML, into an invoice record or throws the rejection. */
public final class InvoiceFileReader {

    /** PDF readers commonly accept up to 1024 bytes of other data before the PDF header. */
    private static final int PDF_HEADER_SEARCH = 1024;

    private final ReaderLimits limits;
    private final SafeXmlParser parser = new SafeXmlParser();

    public InvoiceFileReader(ReaderLimits limits) {
        this.limits = limits;
    }

    public InvoiceRecord read(String fileName, byte[] content) throws ReadFailure {
        if (content.length == 0) {
            throw Rejections.emptyFile();
        }
        if (content.length > limits.maxFileBytes()) {
            throw Rejections.fileTooLarge(content.length, limits.maxFileBytes());
        }
        if (isPdf(content)) {
            return readPdf(content);
        }
        if (isXml(content)) {
            StructuredXml xml = StructuredXml.parse(parser, fileName, content, limits.maxXmlBytes());
            return readStructured(xml, InvoiceRecord.Container.XML, null);
        }
        throw Rejections.unknownFileType(head(content));
    }

    private InvoiceRecord readPdf(byte[] content) throws ReadFailure {
        PDDocument doc = PdfContainer.open(content, Math.max(limits.maxFileBytes() * 4, 64L << 20));
        try {
            AttachmentSelector.Selection selection = AttachmentSelector.select(
                    PdfContainer.attachments(doc, limits.maxXmlBytes()), parser, limits.maxXmlBytes());
            if (selection != null) {
                return readStructured(selection.xml(), InvoiceRecord.Container.PDF, selection);
            }
            return PlainPdfRules.read(PdfContainer.text(doc, limits.maxPdfPages())).toRecord();
        } finally {
            PdfContainer.closeQuietly(doc);
        }
    }

    private static InvoiceRecord readStructured(StructuredXml xml, InvoiceRecord.Container container,
            AttachmentSelector.Selection selection) throws ReadFailure {
        InvoiceDraft draft = new InvoiceDraft();
        draft.container = container;
        draft.attachment = selection == null ? null : selection.choice();
        xml.readInto(draft);
        InvoiceChecks.apply(draft, xml.bytes());
        return draft.toRecord();
    }

    private static boolean isPdf(byte[] content) {
        byte[] marker = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(content.length - marker.length, PDF_HEADER_SEARCH);
        for (int i = 0; i <= end; i++) {
            int j = 0;
            while (j < marker.length && content[i + j] == marker[j]) {
                j++;
            }
            if (j == marker.length) {
                return true;
            }
        }
        return false;
    }

    /** XML starts with '<' after an optional byte order mark and whitespace; UTF-16 is caught later. */
    private static boolean isXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF
                || content[0] == 0 || content[1] == 0)) {
            return true;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    private static String head(byte[] content) {
        String text = new String(content, 0, Math.min(16, content.length), StandardCharsets.ISO_8859_1);
        return text.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
