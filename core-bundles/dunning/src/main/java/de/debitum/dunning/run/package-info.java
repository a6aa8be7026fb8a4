/**
 * Dunning runs: the preview and the run of a tenant's overdue items, the review of the notices a
 * run created, and the hand-over of approved notices to output.
 */
@Version("1.0.0")
package de.debitum.dunning.run;

import org.osgi.annotation.versioning.Version;
