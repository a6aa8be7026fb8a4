/**
 * Read and write services of the system of record. Every method takes the tenant explicitly and
 * reads or writes only that tenant's rows, so an id of another tenant's row behaves as an unknown id.
 */
@Version("1.4.0")
package de.debitum.api.store;

import org.osgi.annotation.versioning.Version;
