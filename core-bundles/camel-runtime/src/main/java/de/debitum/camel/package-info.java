/**
 * Camel for bundles: the factory that creates CamelContexts whose class and resource look-ups
 * go through the owning bundle first and Debitum's embedded Camel second.
 */
@Version("1.0.0")
package de.debitum.camel;

import org.osgi.annotation.versioning.Version;
