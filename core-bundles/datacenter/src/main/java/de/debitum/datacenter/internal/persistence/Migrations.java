package de.debitum.datacenter.internal.persistence;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Runs and inspects the Flyway migrations under {@code db/migration} of this bundle. */
public final class Migrations {

    /** State of the schema for the health check. */
    public record Status(String appliedVersion, int pending, String failedVersion) {
    }

    private final Flyway flyway;

    public Migrations(DataSource dataSource) {
        // The bundle's own class loader finds the scripts inside the bundle and the embedded
        // PostgreSQL support, which Flyway loads through ServiceLoader.
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** Applies pending migrations; returns the number applied. */
    public int migrate() {
        return flyway.migrate().migrationsExecuted;
    }

    public Status status() {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        String failed = null;
        for (MigrationInfo migration : info.all()) {
            if (migration.getState() == MigrationState.FAILED) {
                failed = String.valueOf(migration.getVersion());
            }
        }
        return new Status(current == null ? null : String.valueOf(current.getVersion()), info.pending().length, failed);
    }
}
