package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import de.debitum.testing.TestDatabase;

/** The migrations give PostgreSQL and H2 the same tables, columns, nullability and text lengths. */
class SchemaTest {

    @Test
    void migrationsGiveSameSchemaOnBothDatabases() throws SQLException {
        Assumptions.assumeTrue(TestDatabase.availableKinds().size() == 2,
                "Skipped: needs both PostgreSQL and H2 (PostgreSQL not reachable)");

        Map<String, String> postgres = columns(DatacenterFixture.of(TestDatabase.Kind.POSTGRES), "public");
        Map<String, String> h2 = columns(DatacenterFixture.of(TestDatabase.Kind.H2), "PUBLIC");

        assertThat(h2.keySet()).containsExactlyElementsOf(postgres.keySet());
        assertThat(h2).isEqualTo(postgres);
        assertThat(postgres).containsKey("document.amount_due");
    }

    /** Lists table.column with nullability and, for text columns, the length. */
    private static Map<String, String> columns(DatacenterFixture fixture, String schema) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection connection = fixture.persistence.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("flyway")) {
                    continue;
                }
                String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                String type = rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                boolean text = type.contains("char");
                String shape = (rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable ? "null" : "not null")
                        + (text ? " text(" + rows.getInt("COLUMN_SIZE") + ")" : "");
                columns.put(table + "." + column, shape);
            }
        }
        return columns;
    }
}
