/**
 * The ledger service: bookings for the business events of the system of record, and the DATEV
 * export of a period, which locks it.
 */
@Version("1.1.0")
package de.debitum.ledger;

import org.osgi.annotation.versioning.Version;
