/** Monetary amounts: one type with one rounding policy for every product bundle. */
@Version("1.0.0")
package de.debitum.api.money;

import org.osgi.annotation.versioning.Version;
