package de.debitum.connector.einvoice.internal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;

import de.debitum.connector.einvoice.internal.importing.FileOutcome;
import de.debitum.connector.einvoice.internal.importing.InvoiceFile;

/**
 * Finds the PDF and XML attachments of a mail, forwarded mails inside it included, and reads each
 * within the size bound. Text and HTML bodies, images and other files are not e-invoices and are
 * left out.
 */
final class MailAttachments {

    /** Maximum nesting depth of multiparts and forwarded mails that is walked. */
    static final int MAX_DEPTH = 10;

    /** Maximum number of MIME parts of one mail that are examined. */
    static final int MAX_PARTS = 200;

    /** Maximum length of an attachment name; a longer one is cut. */
    static final int MAX_NAME_LENGTH = 200;

    private final long maxBytes;
    private final List<InvoiceFile> files = new ArrayList<>();
    private final List<FileOutcome> tooLarge = new ArrayList<>();
    private int partsSeen;

    private MailAttachments(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The attachments read whole, and those rejected for their size. */
    record Found(List<InvoiceFile> files, List<FileOutcome> tooLarge) {
    }

    static Found of(Part mail, long maxBytes) throws MessagingException, IOException {
        MailAttachments attachments = new MailAttachments(maxBytes);
        attachments.walk(mail, 0);
        return new Found(List.copyOf(attachments.files), List.copyOf(attachments.tooLarge));
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH || ++partsSeen > MAX_PARTS) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int index = 0; index < multipart.getCount(); index++) {
                walk(multipart.getBodyPart(index), depth + 1);
            }
            return;
        }
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part forwarded) {
            walk(forwarded, depth + 1);
            return;
        }
        String name = fileName(part);
        if (name == null) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                // The rest is not downloaded, because the rejection names only the bound.
                tooLarge.add(FileOutcome.tooLarge(name, maxBytes));
            } else {
                files.add(new InvoiceFile(name, content));
            }
        }
    }

    /**
     * Returns the name of a PDF or XML attachment, or {@code null} for any other part. A part counts
     * by its file name ending or, without a name, by its content type, and then gets a made-up name.
     */
    private String fileName(Part part) throws MessagingException {
        String name = decodedFileName(part);
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        boolean pdf = lower.endsWith(".pdf") || part.isMimeType("application/pdf");
        boolean xml = lower.endsWith(".xml") || part.isMimeType("application/xml") || part.isMimeType("text/xml");
        if (!pdf && !xml) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return "attachment-" + partsSeen + (pdf ? ".pdf" : ".xml");
        }
        // Keep the last path segment only and drop control characters; the name is shown and logged.
        String cleaned = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return cleaned.length() > MAX_NAME_LENGTH ? cleaned.substring(cleaned.length() - MAX_NAME_LENGTH) : cleaned;
    }

    private static String decodedFileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // An unknown charset in an encoded name: the raw name still identifies the attachment.
            return name;
        }
    }
}
