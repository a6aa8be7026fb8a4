/**
 * Writes ZUGFeRD 2 / Factur-X PDFs in the EN 16931 profile with Mustang: a readable PDF/A-3b page
 * with the invoice XML attached as {@code factur-x.xml}.
 *
 * <p>Entry point: {@link de.debitum.einvoice.writer.EInvoiceWriter#write(OutgoingInvoice)}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.debitum.einvoice.writer;
