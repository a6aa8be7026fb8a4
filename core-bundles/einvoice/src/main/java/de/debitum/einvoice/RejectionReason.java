package de.debitum.einvoice;

/** Machine-readable reasons for a rejected file. */
public enum RejectionReason {
    /** The file is larger than the configured bound. */
    FILE_TOO_LARGE,
    /** The file is empty. */
    EMPTY_FILE,
    /** The file is neither a PDF nor XML. */
    UNKNOWN_FILE_TYPE,
    /** The PDF is damaged or truncated. */
    PDF_CORRUPT,
    /** The PDF is encrypted; PDF/A-3 forbids encryption and its content cannot be trusted. */
    PDF_ENCRYPTED,
    /** The XML is not well-formed. */
    XML_MALFORMED,
    /** The XML declares an encoding other than UTF-8, which EN 16931 syntaxes require. */
    XML_ENCODING_UNSUPPORTED,
    /** The XML contains a document type declaration (external entities, entity expansion). */
    XML_DOCTYPE_FORBIDDEN,
    /** The XML is well-formed but not a CII, ZUGFeRD 1 or UBL invoice or credit note. */
    XML_NOT_AN_INVOICE,
    /** A required value is missing. */
    VALUE_MISSING,
    /** A value does not have the form the standard prescribes. */
    VALUE_MALFORMED,
    /** Reading took longer than the configured bound. */
    TIMED_OUT,
    /** Reading failed for a reason the reader does not classify; the message names the error. */
    READ_FAILED
}
