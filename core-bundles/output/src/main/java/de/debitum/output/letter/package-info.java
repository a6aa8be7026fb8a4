/**
 * Dunning letters as PDF/A-3b. The package contains the letter model (letterhead, recipient,
 * overdue items) and the editable texts per language and Mahnstufe. It also contains the
 * GiroCode payment QR code with its ISO 11649 creditor reference, and the renderer that lays a
 * letter out in DIN 5008 form B.
 *
 * <p>Entry point: {@link de.debitum.output.letter.DunningLetterRenderer#render}.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package de.debitum.output.letter;
