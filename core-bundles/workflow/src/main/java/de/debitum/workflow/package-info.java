/**
 * A tenant's daily work in one call: the dunning run, its letters into the outbox, the bookings
 * and the DATEV export of closed months.
 */
@Version("1.0.0")
package de.debitum.workflow;

import org.osgi.annotation.versioning.Version;
