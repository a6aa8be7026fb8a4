package de.debitum.connector.einvoice.internal.importing;

import java.util.List;

import de.debitum.api.connector.LocalizedText;

/**
 * The outcome of one file or attachment.
 *
 * @param fileName the file or attachment name
 * @param stored   whether its document is stored (created, updated or unchanged)
 * @param number   the invoice number (BT-1) when the file could be read, or {@code null}
 * @param reasons  why it was not stored; empty when stored
 * @param notes    flags and warnings of a stored or rejected invoice: booking aids, unconfirmed
 *                 plain PDFs, recalculation differences
 * @param unread   whether the reader rejected it or it was too large. Then none of its records
 *                 reached ingestion, and no import batch reports it.
 */
public record FileOutcome(String fileName, boolean stored, String number, List<LocalizedText> reasons,
                          List<LocalizedText> notes, boolean unread) {

    public FileOutcome {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    static FileOutcome stored(String fileName, String number, List<LocalizedText> notes) {
        return new FileOutcome(fileName, true, number, List.of(), notes, false);
    }

    public static FileOutcome rejected(String fileName, String number, LocalizedText reason, List<LocalizedText> notes) {
        return new FileOutcome(fileName, false, number, List.of(reason), notes, false);
    }

    /** Returns the outcome of a file that was rejected before any of its records reached ingestion. */
    public static FileOutcome unread(String fileName, LocalizedText reason) {
        return new FileOutcome(fileName, false, null, List.of(reason), List.of(), true);
    }

    /** Returns the outcome of a file larger than {@code maxBytes}, which is not read. */
    public static FileOutcome tooLarge(String fileName, long maxBytes) {
        return unread(fileName, LocalizedText.of(
                "Die Datei ist größer als die erlaubten " + maxBytes + " Bytes. Bitte die Rechnung kleiner erzeugen"
                        + " oder die Höchstgröße in der Einstellung erhöhen.",
                "The file is larger than the maximum of " + maxBytes + " bytes. Produce a smaller invoice file or"
                        + " raise the maximum size in the settings."));
    }
}
