/**
 * Health reporting: components contribute checks, the health service aggregates them for the
 * {@code debitum:health} command and {@code GET /api/v1/health}.
 */
@Version("1.0.0")
package de.debitum.api.health;

import org.osgi.annotation.versioning.Version;
