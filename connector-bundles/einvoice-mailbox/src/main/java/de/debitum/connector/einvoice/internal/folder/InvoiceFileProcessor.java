package de.debitum.connector.einvoice.internal.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.IngestionException;
import de.debitum.api.model.OriginalDocument;
import de.debitum.connector.einvoice.internal.MailboxSettings;
import de.debitum.connector.einvoice.internal.importing.FileOutcome;
import de.debitum.connector.einvoice.internal.importing.InvoiceFile;
import de.debitum.connector.einvoice.internal.importing.InvoiceImporter;
import de.debitum.connector.einvoice.internal.importing.InvoiceMapping;
import de.debitum.connector.einvoice.internal.importing.ReasonText;

/**
 * Imports one e-invoice file and decides where it goes: {@code .done} after its invoice is
 * committed, {@code .error} with a reason file when it was rejected. A file that could not be read,
 * or was too large, is also recorded in the hub as a rejected file of the instance, because no
 * import batch reports it otherwise. An imported invoice with flags
 * or warnings gets a reason file in {@code .done} too. An {@link IngestionException} (the database
 * stored nothing) is rethrown so that the file stays in the inbox folder.
 */
final class InvoiceFileProcessor implements Processor {

    static final String TARGET_HEADER = "DebitumEInvoiceTarget";
    static final String DONE = ".done";
    static final String ERROR = ".error";
    static final String REASON_SUFFIX = ".reason.txt";

    private final ConnectorContext context;
    private final MailboxSettings settings;
    private final InvoiceImporter importer;

    InvoiceFileProcessor(ConnectorContext context, MailboxSettings settings) {
        this.context = context;
        this.settings = settings;
        this.importer = new InvoiceImporter(context, settings.maxAttachmentBytes());
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        String fileName = file.getFileNameOnly();
        Path path = Path.of(file.getAbsoluteFilePath());

        FileOutcome outcome;
        long size = Files.size(path);
        if (size > settings.maxAttachmentBytes()) {
            outcome = FileOutcome.tooLarge(fileName, settings.maxAttachmentBytes());
            context.log().warn("Rejected e-invoice file {} of {} bytes: {}", fileName, size, outcome.reasons().get(0).en());
        } else {
            byte[] content = readBounded(path, settings.maxAttachmentBytes());
            String checkpoint = "file:" + fileName + "@" + OriginalDocument.sha256Of(content).substring(0, 16);
            outcome = importer.importFiles("file " + fileName, List.of(new InvoiceFile(fileName, content)), checkpoint)
                    .get(0);
        }

        if (outcome.unread()) {
            // Recorded first: when the store fails, the file stays in the inbox folder and is read again.
            context.rejectFile(InvoiceMapping.SOURCE, fileName, rejectionReason(outcome));
        }
        String folder = outcome.stored() ? DONE : ERROR;
        String target = freeName(settings.folder(), folder, fileName);
        if (!outcome.stored() || !outcome.notes().isEmpty()) {
            Path reasonFile = settings.folder().resolve(target + REASON_SUFFIX);
            Files.createDirectories(reasonFile.getParent());
            Files.writeString(reasonFile, ReasonText.of("Die Datei " + fileName, "The file " + fileName,
                    List.of(outcome)), StandardCharsets.UTF_8);
        }
        exchange.getIn().setHeader(TARGET_HEADER, target);
    }

    /** Joins the reasons into one text per language, ending with what to do, for the import list. */
    static LocalizedText rejectionReason(FileOutcome outcome) {
        String german = String.join(" ", outcome.reasons().stream().map(LocalizedText::de).toList());
        String english = String.join(" ", outcome.reasons().stream().map(LocalizedText::en).toList());
        return LocalizedText.of(german + " Bitte die Rechnung berichtigen lassen und erneut einliefern.",
                english + " Have the invoice corrected and deliver it again.");
    }

    /** Reads at most {@code maxBytes}, so that a file that grew after the size check stays bounded. */
    private static byte[] readBounded(Path path, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new IOException("File " + path.getFileName() + " grew beyond " + maxBytes + " bytes while it"
                        + " was read; it is read again at the next poll.");
            }
            return content;
        }
    }

    /**
     * Returns {@code folderName/fileName}, or a numbered variant such as {@code a-2.xml} when a file of
     * that name is already there, so that a file dropped again never replaces the earlier one.
     */
    static String freeName(Path inbox, String folderName, String fileName) {
        Path folder = inbox.resolve(folderName);
        String candidate = fileName;
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        for (int number = 2; Files.exists(folder.resolve(candidate))
                || Files.exists(folder.resolve(candidate + REASON_SUFFIX)); number++) {
            candidate = base + "-" + number + extension;
        }
        return folderName + "/" + candidate;
    }
}
