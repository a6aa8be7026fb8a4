package de.debitum.api.output;

/** The way a document reaches the debtor. */
public enum OutboxChannel {
    /** An e-mail over the tenant's SMTP server with the PDF attached. */
    EMAIL,
    /** A letter printed and posted by a print-and-mail provider. */
    POST,
    /** A letter in a print batch that the tenant prints and posts itself. */
    PRINT
}
