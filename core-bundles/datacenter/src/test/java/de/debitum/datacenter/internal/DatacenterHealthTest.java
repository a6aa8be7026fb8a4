package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthStatus;
import de.debitum.datacenter.internal.health.DatacenterHealth;
import de.debitum.datacenter.internal.persistence.Migrations;
import de.debitum.testing.TestDatabase;

class DatacenterHealthTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void migratedDatabaseIsUp(TestDatabase.Kind kind) throws IOException, URISyntaxException {
        DatacenterFixture dc = DatacenterFixture.of(kind);

        List<ComponentHealth> health = new DatacenterHealth(dc.persistence).check();

        assertThat(health).extracting(ComponentHealth::name).containsExactly("datasource", "migrations");
        assertThat(health).allSatisfy(component -> assertThat(component.status()).isEqualTo(HealthStatus.UP));
        assertThat(health.get(0).details().get("product")).isEqualTo(kind == TestDatabase.Kind.H2 ? "H2" : "PostgreSQL");
        assertThat(health.get(1).details()).containsEntry("appliedVersion", latestMigrationVersion())
                .containsEntry("pending", "0");
    }

    /** Returns the highest version among the SQL migration scripts on the class path and the Java migrations, such as {@code 2}. */
    private static String latestMigrationVersion() throws IOException, URISyntaxException {
        Path folder = Path.of(DatacenterHealthTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> scripts = Files.list(folder)) {
            Stream<Integer> sqlVersions = scripts.map(script -> script.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))));
            Stream<Integer> javaVersions = Migrations.JAVA_MIGRATIONS.stream()
                    .map(migration -> Integer.parseInt(migration.getVersion().getVersion()));
            return Stream.concat(sqlVersions, javaVersions)
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void foreignSchemaReportedNotThrown(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE tenant (id VARCHAR(10))");
            }

            // The OSGi constructor starts in the background and must return without throwing.
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource());
            assertThatThrownBy(persistence::database)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not available")
                    .hasMessageContaining("restart the datacenter bundle");
            List<ComponentHealth> health = new DatacenterHealth(persistence).check();
            persistence.close();

            assertThat(health.get(0).status()).isEqualTo(HealthStatus.UP);
            assertThat(health.get(1).status()).isEqualTo(HealthStatus.DOWN);
            assertThat(health.get(1).message()).contains("did not start");
        }
    }
}
