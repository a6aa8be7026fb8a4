/**
 * The domain model of the system of record: tenants, debtors, receivable documents, payments,
 * allocations, open items and the audit trail. Every type is an immutable record that carries
 * its tenant; the datacenter bundle maps them to and from its tables.
 */
@Version("1.2.0")
package de.debitum.api.model;

import org.osgi.annotation.versioning.Version;
