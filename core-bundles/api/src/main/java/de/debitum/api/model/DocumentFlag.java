package de.debitum.api.model;

/**
 * A mark on a stored document that keeps it out of dunning until a person confirms its data.
 * Each flag carries the reason in German and English for import reports and the UI.
 */
public enum DocumentFlag {
    /**
     * A ZUGFeRD/Factur-X MINIMUM or BASIC WL document: a booking aid, not a valid invoice under the
     * German VAT act (UStG §14).
     */
    BOOKING_AID(
            "Nur Buchungshilfe: Profil MINIMUM oder BASIC WL ist nach deutschem Umsatzsteuerrecht keine Rechnung."
                    + " Der Beleg wird erst gemahnt, wenn eine Person ihn bestätigt.",
            "Booking aid only: the profile MINIMUM or BASIC WL is not an invoice under German VAT law."
                    + " The document is not dunned before a person confirms it."),
    /** The document states no VAT breakdown (BG-23), so net and tax totals are zero. */
    NO_VAT_BREAKDOWN(
            "Der Beleg enthält keine Umsatzsteuer-Aufschlüsselung; Netto und Steuer sind mit 0 gespeichert."
                    + " Der Beleg wird erst gemahnt, wenn eine Person ihn bestätigt.",
            "The document has no VAT breakdown; net and tax are stored as 0."
                    + " The document is not dunned before a person confirms it."),
    /** The data was read from the text of a PDF without structured invoice data (an unsafe source). */
    UNSAFE_SOURCE(
            "Aus dem Text einer PDF ohne strukturierte Rechnungsdaten gelesen. Der Beleg wird erst gemahnt,"
                    + " wenn eine Person die Werte bestätigt.",
            "Read from the text of a PDF without structured invoice data. The document is not dunned before a"
                    + " person confirms its values.");

    private final String reasonDe;
    private final String reasonEn;

    DocumentFlag(String reasonDe, String reasonEn) {
        this.reasonDe = reasonDe;
        this.reasonEn = reasonEn;
    }

    /** Returns why the flag was set and what it means for dunning, in German. */
    public String reasonDe() {
        return reasonDe;
    }

    /** Returns why the flag was set and what it means for dunning, in English. */
    public String reasonEn() {
        return reasonEn;
    }
}
