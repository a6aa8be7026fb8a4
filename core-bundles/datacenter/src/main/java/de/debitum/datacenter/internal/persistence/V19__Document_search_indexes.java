package de.debitum.datacenter.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for the text search of the document list on PostgreSQL: the prefix of the lower-case
 * document number and of the lower-case debtor name, per tenant. {@code text_pattern_ops} lets a
 * btree serve {@code LIKE 'prefix%'} under any database collation.
 *
 * <p>A Java migration because H2 2.x has no index on an expression, so the DDL differs per
 * database; the class name carries Flyway's version and description. On H2 the migration creates
 * nothing and the search reads the tenant's documents.
 */
public class V19__Document_search_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE INDEX ix_document_number_search"
                    + " ON document (tenant_id, LOWER(document_number) text_pattern_ops)");
            sql.execute("CREATE INDEX ix_debtor_name_search ON debtor (tenant_id, LOWER(name) text_pattern_ops)");
        }
    }
}
