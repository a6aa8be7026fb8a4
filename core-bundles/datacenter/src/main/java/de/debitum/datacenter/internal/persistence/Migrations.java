package de.debitum.datacenter.internal.persistence;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Runs and inspects the Flyway migrations of this bundle: the SQL scripts under
 * {@code db/migration} and the Java migrations of {@link #JAVA_MIGRATIONS}.
 */
public final class Migrations {

    /**
     * Migrations whose DDL differs between PostgreSQL and H2, registered explicitly so that Flyway
     * need not scan the bundle's classes for them.
     */
    public static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new V19__Document_search_indexes());

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
                .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
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
