package de.debitum.einvoice.internal;

import java.time.Duration;

import de.debitum.einvoice.Rejection;
import de.debitum.einvoice.RejectionReason;

/** Builds the rejections users read: German first, English second, naming value and fix. */
public final class Rejections {

    private static final int MAX_VALUE_CHARS = 200;

    private Rejections() {
    }

    public static ReadFailure fileTooLarge(long size, long max) {
        return failure(RejectionReason.FILE_TOO_LARGE, "Datei", Long.toString(size), "höchstens " + max + " Bytes",
                "Die Datei ist " + size + " Bytes groß; erlaubt sind höchstens " + max
                        + " Bytes. Bitte die Rechnung einzeln oder verkleinert einreichen.",
                "The file has " + size + " bytes; at most " + max
                        + " bytes are accepted. Submit the invoice on its own or reduced in size.");
    }

    public static ReadFailure attachmentTooLarge(String name, long max) {
        return failure(RejectionReason.FILE_TOO_LARGE, "PDF-Anhang " + name, null, "höchstens " + max + " Bytes",
                "Der PDF-Anhang \"" + name + "\" ist größer als " + max
                        + " Bytes und wurde nicht gelesen. Bitte die Rechnung prüfen lassen.",
                "The PDF attachment \"" + name + "\" is larger than " + max
                        + " bytes and was not read. Have the invoice checked.");
    }

    public static ReadFailure emptyFile() {
        return failure(RejectionReason.EMPTY_FILE, "Datei", "", "PDF oder XML",
                "Die Datei ist leer. Bitte die Rechnung erneut hochladen.",
                "The file is empty. Upload the invoice again.");
    }

    public static ReadFailure unknownFileType(String head) {
        return failure(RejectionReason.UNKNOWN_FILE_TYPE, "Dateianfang", head, "%PDF- oder <?xml / <",
                "Die Datei ist weder PDF noch XML (Dateianfang \"" + head
                        + "\"). Erwartet wird eine PDF-Datei oder eine XML-Rechnung.",
                "The file is neither PDF nor XML (starts with \"" + head
                        + "\"). Expected a PDF file or an XML invoice.");
    }

    public static ReadFailure pdfCorrupt(String detail) {
        return failure(RejectionReason.PDF_CORRUPT, "PDF", detail, "eine vollständige, lesbare PDF-Datei",
                "Die PDF-Datei ist beschädigt oder unvollständig (" + detail
                        + "). Bitte beim Absender eine neue Datei anfordern.",
                "The PDF file is damaged or truncated (" + detail + "). Request a new file from the sender.");
    }

    public static ReadFailure pdfEncrypted() {
        return failure(RejectionReason.PDF_ENCRYPTED, "PDF /Encrypt", "verschlüsselt", "eine unverschlüsselte PDF/A-3",
                "Die PDF-Datei ist verschlüsselt. E-Rechnungen (PDF/A-3) dürfen nicht verschlüsselt sein; bitte"
                        + " eine unverschlüsselte Datei anfordern.",
                "The PDF file is encrypted. E-invoices (PDF/A-3) must not be encrypted; request an"
                        + " unencrypted file.");
    }

    public static ReadFailure xmlMalformed(String source, int line, int column, String detail) {
        String where = source + ", Zeile " + line + ", Spalte " + column;
        String whereEn = source + ", line " + line + ", column " + column;
        return failure(RejectionReason.XML_MALFORMED, where, detail, "wohlgeformtes XML",
                "Das XML ist nicht wohlgeformt (" + where + "): " + detail
                        + ". Bitte beim Absender eine korrigierte Datei anfordern.",
                "The XML is not well-formed (" + whereEn + "): " + detail + ". Request a corrected file.");
    }

    public static ReadFailure xmlEncoding(String source, String declared) {
        return failure(RejectionReason.XML_ENCODING_UNSUPPORTED, source + " encoding", declared, "UTF-8",
                "Das XML ist als \"" + declared + "\" kodiert; E-Rechnungen nach EN 16931 müssen UTF-8 sein."
                        + " Bitte eine UTF-8-Datei anfordern.",
                "The XML is encoded as \"" + declared + "\"; EN 16931 e-invoices must be UTF-8."
                        + " Request a UTF-8 file.");
    }

    public static ReadFailure xmlDoctype(String source) {
        return failure(RejectionReason.XML_DOCTYPE_FORBIDDEN, source + " <!DOCTYPE>", "<!DOCTYPE", "XML ohne DOCTYPE",
                "Das XML enthält eine DOCTYPE-Deklaration. Externe Entitäten und Entitätsexpansion werden nicht"
                        + " aufgelöst; E-Rechnungen enthalten keine DOCTYPE-Deklaration. Die Datei wurde abgelehnt.",
                "The XML contains a DOCTYPE declaration. External entities and entity expansion are never"
                        + " resolved; e-invoices contain no DOCTYPE. The file was rejected.");
    }

    public static ReadFailure notAnInvoice(String source, String root) {
        return failure(RejectionReason.XML_NOT_AN_INVOICE, source + " Wurzelelement", root,
                "rsm:CrossIndustryInvoice, rsm:CrossIndustryDocument, ubl:Invoice oder ubl:CreditNote",
                "Das XML ist keine Rechnung (Wurzelelement " + root + "). Erwartet wird CII (ZUGFeRD, Factur-X,"
                        + " XRechnung) oder UBL Invoice/CreditNote.",
                "The XML is not an invoice (root element " + root + "). Expected CII (ZUGFeRD, Factur-X,"
                        + " XRechnung) or UBL Invoice/CreditNote.");
    }

    public static ReadFailure missing(String element, String expected) {
        return failure(RejectionReason.VALUE_MISSING, element, null, expected,
                "Pflichtangabe fehlt: " + element + " (erwartet: " + expected + ").",
                "Required value missing: " + element + " (expected: " + expected + ").");
    }

    public static ReadFailure malformed(String element, String value, String expected) {
        String shown = shorten(value);
        return failure(RejectionReason.VALUE_MALFORMED, element, shown, expected,
                "Ungültiger Wert \"" + shown + "\" in " + element + "; erwartet: " + expected + ".",
                "Invalid value \"" + shown + "\" in " + element + "; expected: " + expected + ".");
    }

    public static Rejection timedOut(Duration timeout) {
        return new Rejection(RejectionReason.TIMED_OUT, "Datei", null, "Lesen in höchstens " + timeout.toSeconds() + " s",
                "Das Lesen der Datei dauerte länger als " + timeout.toSeconds()
                        + " Sekunden und wurde abgebrochen. Bitte die Datei prüfen lassen.",
                "Reading the file took longer than " + timeout.toSeconds()
                        + " seconds and was stopped. Have the file checked.");
    }

    /** Shortens a value for a message; control characters become spaces. */
    public static String shorten(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_VALUE_CHARS ? clean : clean.substring(0, MAX_VALUE_CHARS) + "…";
    }

    private static ReadFailure failure(RejectionReason reason, String element, String value, String expected,
            String messageDe, String messageEn) {
        return new ReadFailure(new Rejection(reason, element, shorten(value), expected, messageDe, messageEn));
    }
}
