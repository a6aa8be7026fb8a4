package de.debitum.datacenter.internal.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthContributor;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.persistence.Migrations;

/** Reports the datasource (connection, product) and the schema migrations. */
@Component(service = HealthContributor.class)
public class DatacenterHealth implements HealthContributor {

    static final int VALIDATION_TIMEOUT_SECONDS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DatacenterHealth.class);

    private final DatacenterPersistence persistence;

    @Activate
    public DatacenterHealth(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public List<ComponentHealth> check() {
        return List.of(datasource(), migrations());
    }

    private ComponentHealth datasource() {
        try (Connection connection = persistence.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("product", meta.getDatabaseProductName());
            details.put("version", meta.getDatabaseProductVersion());
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return ComponentHealth.down("datasource", "The database connection is not valid; check the database server.", details);
            }
            return ComponentHealth.up("datasource", "Connected to " + details.get("product"), details);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Datasource check failed", e);
            return ComponentHealth.down("datasource", "No connection to the database: " + e.getMessage()
                    + ". Check etc/org.ops4j.datasource-debitum.cfg and that the database server runs.", Map.of());
        }
    }

    private ComponentHealth migrations() {
        Throwable failure = persistence.startFailure();
        try {
            Migrations.Status status = persistence.migrations().status();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("appliedVersion", String.valueOf(status.appliedVersion()));
            details.put("pending", String.valueOf(status.pending()));
            if (status.failedVersion() != null) {
                details.put("failedVersion", status.failedVersion());
                return ComponentHealth.down("migrations", "Migration " + status.failedVersion()
                        + " failed; repair the schema and restart the datacenter bundle.", details);
            }
            if (failure != null) {
                return ComponentHealth.down("migrations", "The datacenter did not start: " + failure.getMessage(), details);
            }
            if (status.pending() > 0) {
                return ComponentHealth.down("migrations", status.pending() + " migrations are pending"
                        + (persistence.isStarted() ? "" : " while the datacenter starts"), details);
            }
            return ComponentHealth.up("migrations", "Schema at version " + status.appliedVersion(), details);
        } catch (RuntimeException e) {
            LOG.debug("Migration check failed", e);
            return ComponentHealth.down("migrations", "Cannot read the migration state: " + e.getMessage(), Map.of());
        }
    }
}
