/**
 * Accounts of the HTTP API: users with roles and per-tenant API keys. The stores keep only hashes;
 * hashing and token signing happen in the HTTP API bundle.
 */
@Version("1.0.0")
package de.debitum.api.auth;

import org.osgi.annotation.versioning.Version;
