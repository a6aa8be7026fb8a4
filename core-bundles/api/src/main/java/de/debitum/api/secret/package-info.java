/** Encryption of secrets at rest with the hub's key, shared by the connector host and the output channels. */
@Version("1.0.0")
package de.debitum.api.secret;

import org.osgi.annotation.versioning.Version;
