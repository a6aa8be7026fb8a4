/**
 * Payment matching: the service that assigns a tenant's payments to its open items, and the
 * decisions it returns. Every decision carries its explanation (rule, evidence, confidence) in
 * German and English.
 */
@Version("1.0.0")
package de.debitum.matching;

import org.osgi.annotation.versioning.Version;
