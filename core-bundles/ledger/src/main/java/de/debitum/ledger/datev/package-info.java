/**
 * DATEV export of the ledger: the settings and rows that go into DATEV-Format (EXTF) files. The
 * writer turns them into Buchungsstapel (category 21) and Debitoren/Kreditoren (category 16) files
 * and reports every value it had to change so that DATEV accepts the file.
 */
@Version("1.0.0")
package de.debitum.ledger.datev;

import org.osgi.annotation.versioning.Version;
