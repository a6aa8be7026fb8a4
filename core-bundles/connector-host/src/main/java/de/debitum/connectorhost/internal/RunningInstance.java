package de.debitum.connectorhost.internal;

import org.apache.camel.CamelContext;

import de.debitum.api.connector.ConnectorInstance;

/** An instance whose routes run: what it was started from and its CamelContext. */
record RunningInstance(ConnectorInstance startedFrom, TypeEntry type, CamelContext context, InstanceStatistics statistics) {
}
