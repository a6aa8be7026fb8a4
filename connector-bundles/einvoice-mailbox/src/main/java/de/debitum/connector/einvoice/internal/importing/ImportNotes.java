package de.debitum.connector.einvoice.internal.importing;

import java.util.ArrayList;
import java.util.List;

import de.debitum.api.connector.LocalizedText;
import de.debitum.einvoice.InvoiceFlag;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.ReadWarning;

/**
 * The flags and warnings of an invoice as texts for the import log and the reason file. The same
 * flags and warnings travel with the canonical document and are stored with it.
 */
final class ImportNotes {

    private ImportNotes() {
    }

    static List<LocalizedText> of(InvoiceRecord invoice) {
        List<LocalizedText> notes = new ArrayList<>();
        if (invoice.flags().contains(InvoiceFlag.BOOKING_AID_ONLY)) {
            notes.add(LocalizedText.of(
                    "Nur Buchungshilfe: das Profil " + invoice.profile() + " ist nach deutschem Umsatzsteuerrecht"
                            + " keine Rechnung; der Beleg wird nicht gemahnt, bevor eine Person ihn bestätigt.",
                    "Booking aid only: the profile " + invoice.profile() + " is no invoice under German VAT law;"
                            + " the document is not dunned before a person confirms it."));
        }
        if (invoice.flags().contains(InvoiceFlag.NEEDS_CONFIRMATION)) {
            notes.add(LocalizedText.of(
                    "Aus dem Text einer PDF ohne strukturierte Daten gelesen; eine Person muss die Werte bestätigen,"
                            + " bevor gemahnt wird.",
                    "Read from the text of a PDF without structured data; a person must confirm the values before"
                            + " it is dunned."));
        }
        for (ReadWarning warning : invoice.warnings()) {
            notes.add(LocalizedText.of(warning.code() + ": " + warning.messageDe(),
                    warning.code() + ": " + warning.messageEn()));
        }
        return notes;
    }
}
