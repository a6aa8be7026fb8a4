/**
 * Dunning policies: the levels (Mahnstufen) a tenant sends, their timing, fees, templates and
 * channels, the thresholds below which nothing is sent, and the validation of a policy.
 */
@Version("1.0.0")
package de.debitum.dunning.policy;

import org.osgi.annotation.versioning.Version;
