package de.debitum.api.connector;

import java.util.List;
import java.util.Set;

import org.apache.camel.RoutesBuilder;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of connector, registered by a connector bundle as an OSGi service.
 *
 * <p>The host calls these methods on its own threads with a time limit, so an implementation may
 * block on I/O in {@link #testConnection} but must not keep state between instances: every
 * instance gets its own {@link ConnectorContext} and its own routes.
 */
@ConsumerType
public interface ConnectorType {

    /** Identifier, stable across versions, such as {@code csv} or {@code bank-statement}. */
    String id();

    LocalizedText displayName();

    /** Version of the implementation, usually the bundle version. */
    String version();

    /** Kinds of data the connector delivers or takes. */
    Set<Capability> provides();

    /** Descriptions of the configuration fields, in form order. */
    List<ConfigField> configFields();

    /** Checks that the source can be reached with {@code config}, without importing anything. */
    ConnectionTestResult testConnection(ConnectorConfig config);

    /**
     * Creates the routes of one instance. Route ids should start with the instance id so that
     * logs and the status view can tell instances apart. The routes must hand records to
     * {@link ConnectorContext#ingest} and mark input consumed only after it returned.
     */
    RoutesBuilder createRoutes(ConnectorContext context);
}
