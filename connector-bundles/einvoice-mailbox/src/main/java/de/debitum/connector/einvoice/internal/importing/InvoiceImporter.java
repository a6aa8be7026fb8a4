package de.debitum.connector.einvoice.internal.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.ReadResult;
import de.debitum.einvoice.ReaderLimits;

/**
 * Reads the files of one delivery (a dropped file or the attachments of one mail) with the
 * e-invoice reader and stores every invoice read in one batch, so that a mail's documents are
 * committed together.
 */
public final class InvoiceImporter {

    private final ConnectorContext context;
    private final ReaderLimits limits;

    public InvoiceImporter(ConnectorContext context, long maxFileBytes) {
        this.context = context;
        this.limits = new ReaderLimits(maxFileBytes, Math.min(maxFileBytes, ReaderLimits.DEFAULT.maxXmlBytes()),
                ReaderLimits.DEFAULT.maxPdfPages(), ReaderLimits.DEFAULT.timeout());
    }

    /**
     * Reads and stores {@code files} and returns one outcome per file, in order.
     *
     * @param delivery   the file or mail for log lines, such as {@code file a.pdf}
     * @param checkpoint the checkpoint that follows this delivery
     * @throws de.debitum.api.ingest.IngestionException when the database stored nothing; the caller
     *         leaves the input unconsumed
     */
    public List<FileOutcome> importFiles(String delivery, List<InvoiceFile> files, String checkpoint) {
        Map<InvoiceFile, InvoiceMapping.Mapped> mapped = new LinkedHashMap<>();
        Map<InvoiceFile, FileOutcome> readRejections = new LinkedHashMap<>();
        Map<InvoiceFile, List<LocalizedText>> notes = new LinkedHashMap<>();

        // Read each file; a file that cannot be read is rejected on its own.
        try (EInvoiceReader reader = new EInvoiceReader(limits)) {
            for (InvoiceFile file : files) {
                ReadResult result = reader.read(file.name(), file.content());
                if (result instanceof ReadResult.Accepted accepted) {
                    mapped.put(file, InvoiceMapping.map(accepted.invoice(), file.name(), file.content()));
                    notes.put(file, ImportNotes.of(accepted.invoice()));
                } else {
                    de.debitum.einvoice.Rejection rejection = ((ReadResult.Rejected) result).rejection();
                    readRejections.put(file, FileOutcome.unread(file.name(),
                            LocalizedText.of(rejection.messageDe(), rejection.messageEn())));
                }
            }
        }

        ImportReport report = mapped.isEmpty() ? null : context.ingest(InvoiceMapping.SOURCE, records(mapped.values()),
                List.of(), checkpoint);

        List<FileOutcome> outcomes = new ArrayList<>();
        for (InvoiceFile file : files) {
            FileOutcome outcome = readRejections.containsKey(file) ? readRejections.get(file)
                    : storeOutcome(file, mapped.get(file), notes.get(file), report);
            outcomes.add(outcome);
            log(delivery, outcome);
        }
        if (report != null) {
            context.log().info("Imported {} from source {}: batch {}, {} created, {} updated, {} unchanged, {} rejected"
                            + " records", delivery, InvoiceMapping.SOURCE, report.batchId(), report.created(),
                    report.updated(), report.unchanged(), report.rejected());
        }
        return outcomes;
    }

    private static List<CanonicalRecord> records(Iterable<InvoiceMapping.Mapped> invoices) {
        // Debtors first, each once, so that every document finds its debtor in the same batch.
        Map<String, DebtorData> debtors = new LinkedHashMap<>();
        List<CanonicalRecord> documents = new ArrayList<>();
        for (InvoiceMapping.Mapped invoice : invoices) {
            if (invoice.debtor() != null) {
                debtors.putIfAbsent(invoice.debtor().externalId(), invoice.debtor());
            }
            documents.add(invoice.document());
        }
        List<CanonicalRecord> records = new ArrayList<>(debtors.values());
        records.addAll(documents);
        return records;
    }

    private static FileOutcome storeOutcome(InvoiceFile file, InvoiceMapping.Mapped invoice, List<LocalizedText> notes,
            ImportReport report) {
        String number = invoice.document().number();
        if (invoice.debtor() == null) {
            // NOTE: a plain PDF whose text rules find no buyer name ends here, so it is not stored as an
            // unsafe-source record that waits for confirmation.
            return FileOutcome.rejected(file.name(), number, LocalizedText.of(
                    "Die Rechnung nennt keinen Käufer (BG-7) mit Kennung, Umsatzsteuer-ID oder Namen; ohne Debitor"
                            + " wird sie nicht gespeichert.",
                    "The invoice names no buyer (BG-7) with an identifier, VAT id or name; without a debtor it is"
                            + " not stored."), notes);
        }
        for (Rejection rejection : report.rejections()) {
            boolean ownDocument = "document".equals(rejection.recordType())
                    && invoice.document().externalId().equals(rejection.externalId());
            boolean ownDebtor = "debtor".equals(rejection.recordType())
                    && invoice.debtor().externalId().equals(rejection.externalId());
            if (ownDocument || ownDebtor) {
                return FileOutcome.rejected(file.name(), number, LocalizedText.of(
                        "Die Datenbank hat den Datensatz abgelehnt: " + rejection.message(),
                        "The database rejected the record: " + rejection.message()), notes);
            }
        }
        return FileOutcome.stored(file.name(), number, notes);
    }

    private void log(String delivery, FileOutcome outcome) {
        if (outcome.stored()) {
            if (outcome.notes().isEmpty()) {
                context.log().debug("Stored invoice {} of {} ({})", outcome.number(), delivery, outcome.fileName());
            } else {
                context.log().info("Stored invoice {} of {} ({}) with notes: {}", outcome.number(), delivery,
                        outcome.fileName(), english(outcome.notes()));
            }
            return;
        }
        context.log().warn("Rejected {} of {}: {}{}", outcome.fileName(), delivery, english(outcome.reasons()),
                outcome.notes().isEmpty() ? "" : "; notes: " + english(outcome.notes()));
    }

    private static String english(List<LocalizedText> texts) {
        return String.join(" | ", texts.stream().map(LocalizedText::en).toList());
    }
}
