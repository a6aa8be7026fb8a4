/**
 * Reads e-invoices (ZUGFeRD 1, ZUGFeRD 2.x / Factur-X, XRechnung in CII and UBL) and plain PDF
 * invoices into {@link de.debitum.einvoice.InvoiceRecord}s, or rejects a file with a
 * {@link de.debitum.einvoice.Rejection} that names the element, the value and the expected form.
 *
 * <p>Entry point: {@link de.debitum.einvoice.EInvoiceReader#read(String, byte[])}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.debitum.einvoice;
