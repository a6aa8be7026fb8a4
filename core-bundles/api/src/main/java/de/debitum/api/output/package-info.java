/**
 * The outbox: documents waiting for delivery to debtors, their delivery state and the per-tenant
 * settings of the delivery channels. The datacenter stores the entries; the output bundle renders
 * and delivers them. A document goes out at most once per recipient and channel.
 */
@Version("1.1.0")
package de.debitum.api.output;

import org.osgi.annotation.versioning.Version;
