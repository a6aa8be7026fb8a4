/**
 * The connector SPI: what a connector bundle registers and what its routes get.
 *
 * <p>A connector bundle registers a {@link de.debitum.api.connector.ConnectorType} as an OSGi
 * service. For every enabled instance of that type (one tenant's configured use of it) the
 * connector host creates a CamelContext, obtains the routes from the type with a
 * {@link de.debitum.api.connector.ConnectorContext}, and starts them. This package and Camel are
 * the only packages a connector needs to import.
 */
@Version("1.3.0")
package de.debitum.api.connector;

import org.osgi.annotation.versioning.Version;
