/**
 * Work that runs once a day at a local time in Europe/Berlin, such as the daily dunning run.
 */
@Version("1.0.0")
package de.debitum.api.schedule;

import org.osgi.annotation.versioning.Version;
