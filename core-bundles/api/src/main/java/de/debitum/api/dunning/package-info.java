/**
 * Persistence of dunning: per-tenant settings, blocks, runs, notices with their items, and the
 * claims escalated to collections. The datacenter stores them; the dunning bundle decides what
 * to store.
 */
@Version("1.0.0")
package de.debitum.api.dunning;

import org.osgi.annotation.versioning.Version;
