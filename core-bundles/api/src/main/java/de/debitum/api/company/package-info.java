/**
 * The tenant's company data that letters, e-mails and e-invoices carry: address, bank account
 * for the payment QR code, legal details for the letter footer, and the letterhead design.
 */
@Version("1.1.0")
package de.debitum.api.company;

import org.osgi.annotation.versioning.Version;
