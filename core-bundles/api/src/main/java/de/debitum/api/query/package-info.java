/**
 * Paginated, filtered reads of one tenant's receivables for the HTTP API and the UI. Every query
 * takes the tenant explicitly and reads only its rows.
 */
@Version("1.1.0")
package de.debitum.api.query;

import org.osgi.annotation.versioning.Version;
