/**
 * Ledger records and their store: per-tenant account settings, bookings created from business
 * events, and accounting periods that are locked once exported. Every method takes the tenant
 * explicitly and reads or writes only that tenant's rows.
 */
@Version("1.1.0")
package de.debitum.api.ledger;

import org.osgi.annotation.versioning.Version;
