package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.ingest.FileRejection;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.DebtorSummary;
import de.debitum.api.query.DocumentFilter;
import de.debitum.api.query.DocumentStatus;
import de.debitum.api.query.DocumentSummary;
import de.debitum.api.query.ImportBatchSummary;
import de.debitum.api.query.Page;
import de.debitum.api.query.PaymentSummary;
import de.debitum.api.query.ReceivablesOverview;
import de.debitum.api.query.ReceivablesQueries;
import de.debitum.datacenter.internal.DatacenterPersistence;

/**
 * The list queries of the HTTP API as plain SQL, each a count and a page read with
 * {@code LIMIT}/{@code OFFSET} on the indexes of migration V3.
 */
@Component(service = ReceivablesQueries.class)
public class DefaultReceivablesQueries implements ReceivablesQueries {

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultReceivablesQueries(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Page<DocumentSummary> documents(TenantId tenant, DocumentFilter filter, int page, int size) {
        long offset = Page.offset(page, size);
        return read(connection -> {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            DocumentSql sql = DocumentSql.of(tenant, filter, postgres);
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM (" + sql.select() + ") x" + sql.statusCondition(),
                    sql.parameters());
            List<Object> pageParameters = new ArrayList<>(sql.parameters());
            pageParameters.add(size);
            pageParameters.add(offset);
            List<DocumentSummary> items = Jdbc.list(connection, "SELECT * FROM (" + sql.select() + ") x"
                    + sql.statusCondition() + sql.orderBy() + " LIMIT ? OFFSET ?", pageParameters,
                    row -> toDocument(row, filter.today()));
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public Page<DebtorSummary> debtors(TenantId tenant, String text, int page, int size) {
        long offset = Page.offset(page, size);
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(tenant.value()));
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(customer_number) LIKE ? ESCAPE '\\')");
            String pattern = Jdbc.startsWith(text.strip());
            parameters.add(pattern);
            parameters.add(pattern);
        }
        return read(connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM debtor" + where, parameters);
            List<Object> pageParameters = new ArrayList<>(parameters);
            pageParameters.add(size);
            pageParameters.add(offset);
            List<DebtorSummary> items = Jdbc.list(connection, "SELECT id, source, external_id, customer_number, name,"
                    + " city, country_code, email, consumer, dunning_block_reason FROM debtor" + where
                    + " ORDER BY name, id LIMIT ? OFFSET ?", pageParameters, row -> new DebtorSummary(
                            row.getLong("id"), row.getString("source"), row.getString("external_id"),
                            row.getString("customer_number"), row.getString("name"), row.getString("city"),
                            row.getString("country_code"), row.getString("email"), row.getBoolean("consumer"),
                            row.getString("dunning_block_reason") != null));
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public Page<PaymentSummary> payments(TenantId tenant, boolean unallocatedOnly, int page, int size) {
        long offset = Page.offset(page, size);
        String allocated = "(SELECT SUM(a.amount) FROM allocation a WHERE a.tenant_id = p.tenant_id AND a.payment_id = p.id)";
        String where = " WHERE p.tenant_id = ?" + (unallocatedOnly ? UNALLOCATED : "");
        List<Object> parameters = List.of(tenant.value());
        return read(connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM payment p" + where, parameters);
            List<PaymentSummary> items = Jdbc.list(connection, "SELECT p.id, p.source, p.booking_date, p.value_date,"
                    + " p.amount, p.currency, p.counterparty_name, p.remittance_text, p.duplicate_of, " + allocated
                    + " AS allocated FROM payment p" + where + " ORDER BY p.booking_date DESC, p.id DESC LIMIT ? OFFSET ?",
                    List.of(tenant.value(), size, offset), row -> new PaymentSummary(row.getLong("id"),
                            row.getString("source"), Jdbc.date(row, "booking_date"), Jdbc.date(row, "value_date"),
                            Jdbc.amount(row, "amount"), row.getString("currency"), row.getString("counterparty_name"),
                            row.getString("remittance_text"), Jdbc.nullableLong(row, "duplicate_of"),
                            Jdbc.amount(row, "allocated")));
            return new Page<>(items, page, size, total);
        });
    }

    private static FileRejection fileRejection(ResultSet row) throws SQLException {
        String fileName = row.getString("file_name");
        return fileName == null ? null
                : new FileRejection(fileName, row.getString("file_rejection_de"), row.getString("file_rejection_en"));
    }

    @Override
    public Page<ImportBatchSummary> imports(TenantId tenant, int page, int size) {
        long offset = Page.offset(page, size);
        return read(connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM import_batch WHERE tenant_id = ?",
                    List.of(tenant.value()));
            List<ImportBatchSummary> items = Jdbc.list(connection, "SELECT id, source, instance_id, started_at,"
                    + " finished_at, received, created, updated, unchanged, rejected, duplicates, file_name,"
                    + " file_rejection_de, file_rejection_en FROM import_batch"
                    + " WHERE tenant_id = ? ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
                    List.of(tenant.value(), size, offset), row -> new ImportBatchSummary(row.getLong("id"),
                            row.getString("source"), row.getString("instance_id"), Jdbc.instant(row, "started_at"),
                            Jdbc.instant(row, "finished_at"), row.getInt("received"), row.getInt("created"),
                            row.getInt("updated"), row.getInt("unchanged"), row.getInt("rejected"),
                            row.getInt("duplicates"), fileRejection(row)));
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public ReceivablesOverview overview(TenantId tenant, LocalDate asOf) {
        return read(connection -> OverviewSql.run(connection, tenant, asOf));
    }

    /** Incoming payments that are no duplicate, no reversal and have no allocation. */
    static final String UNALLOCATED = " AND p.amount > 0 AND p.duplicate_of IS NULL AND p.reversal = FALSE"
            + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.tenant_id = p.tenant_id AND a.payment_id = p.id)";

    private static DocumentSummary toDocument(ResultSet row, LocalDate today) throws SQLException {
        BigDecimal open = Jdbc.amount(row, "open_amount");
        LocalDate due = Jdbc.date(row, "due_date");
        DocumentStatus status = open.signum() <= 0 ? DocumentStatus.PAID
                : due != null && due.isBefore(today) ? DocumentStatus.OVERDUE : DocumentStatus.OPEN;
        DocumentKind kind = DocumentKind.valueOf(row.getString("kind"));
        if (kind == DocumentKind.CREDIT_NOTE) {
            // The open item of a credit note is negative, as AllocationStore.openItem reports it.
            open = open.negate();
        }
        return new DocumentSummary(row.getLong("id"), row.getString("document_number"), kind, row.getLong("debtor_id"), row.getString("debtor_name"),
                Jdbc.date(row, "issue_date"), due, row.getString("currency"), Jdbc.amount(row, "gross_total"),
                Jdbc.amount(row, "amount_due"), open, status, row.getString("source"));
    }

    private <T> T read(SqlWork<T> work) {
        return persistence.database().read(session -> session.doReturningWork(work::run));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
