package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import de.debitum.testing.TestDatabase;

/**
 * The migrations give PostgreSQL and H2 the same tables, columns, nullability and text lengths,
 * and PostgreSQL the expression indexes that H2 cannot have.
 */
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

    @Test
    void searchIndexesOnPostgres() throws SQLException {
        Assumptions.assumeTrue(TestDatabase.availableKinds().contains(TestDatabase.Kind.POSTGRES),
                "Skipped: PostgreSQL not reachable");

        Map<String, String> indexes = new TreeMap<>();
        DatacenterFixture fixture = DatacenterFixture.of(TestDatabase.Kind.POSTGRES);
        try (Connection connection = fixture.persistence.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                     + " WHERE indexname IN ('ix_document_number_search', 'ix_debtor_name_search')")) {
            while (rows.next()) {
                indexes.put(rows.getString("indexname"), rows.getString("indexdef"));
            }
        }

        assertThat(indexes.get("ix_document_number_search"))
                .contains("ON public.document").contains("(tenant_id, lower((document_number)::text) text_pattern_ops)");
        assertThat(indexes.get("ix_debtor_name_search"))
                .contains("ON public.debtor").contains("(tenant_id, lower((name)::text) text_pattern_ops)");
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
