package de.debitum.einvoice;

/** The syntax and standard of an invoice's data. */
public enum SourceFormat {
    /** ZUGFeRD 1.0 (CII D13B "CrossIndustryDocument", namespace urn:ferd:...:1p0). */
    ZUGFERD_1,
    /** ZUGFeRD 2.x or Factur-X (CII D16B) in a profile other than XRechnung. */
    ZUGFERD_2_FACTUR_X,
    /** XRechnung in the CII syntax. */
    XRECHNUNG_CII,
    /** XRechnung in the UBL syntax (Invoice or CreditNote). */
    XRECHNUNG_UBL,
    /** EN 16931 UBL that does not claim XRechnung. */
    UBL,
    /** A PDF without invoice XML; the fields come from its text. */
    PLAIN_PDF
}
