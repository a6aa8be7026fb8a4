package de.debitum.datacenter.internal.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.debitum.api.model.TenantId;
import de.debitum.api.query.ReceivablesOverview;
import de.debitum.api.query.ReceivablesOverview.CurrencyFigures;

/** The figures of the overview page, in three aggregate queries over the tenant's rows. */
final class OverviewSql {

    /** Invoices count towards open amounts and DSO; credit notes and cancellations reduce them through allocations. */
    private static final String INVOICE_KINDS = "('INVOICE', 'CORRECTED_INVOICE')";
    private static final int DSO_DAYS = 90;

    private OverviewSql() {
    }

    static ReceivablesOverview run(Connection connection, TenantId tenant, LocalDate asOf) throws SQLException {
        // Days past due: 1-30 means a due date from asOf-30 to asOf-1, and so on.
        LocalDate days30 = asOf.minusDays(30);
        LocalDate days60 = asOf.minusDays(60);
        LocalDate days90 = asOf.minusDays(90);
        String open = "SELECT d.currency, d.due_date, " + DocumentSql.OPEN_AMOUNT + " AS open_amount FROM document d"
                + " WHERE d.tenant_id = ? AND d.kind IN " + INVOICE_KINDS;
        String figures = "SELECT x.currency, SUM(x.open_amount) AS open_sum,"
                + " SUM(CASE WHEN x.due_date < ? THEN x.open_amount ELSE 0 END) AS overdue,"
                + " SUM(CASE WHEN x.due_date < ? AND x.due_date >= ? THEN x.open_amount ELSE 0 END) AS b30,"
                + " SUM(CASE WHEN x.due_date < ? AND x.due_date >= ? THEN x.open_amount ELSE 0 END) AS b60,"
                + " SUM(CASE WHEN x.due_date < ? AND x.due_date >= ? THEN x.open_amount ELSE 0 END) AS b90,"
                + " SUM(CASE WHEN x.due_date < ? THEN x.open_amount ELSE 0 END) AS over90,"
                + " COUNT(*) AS open_count, SUM(CASE WHEN x.due_date < ? THEN 1 ELSE 0 END) AS overdue_count"
                + " FROM (" + open + ") x WHERE x.open_amount > 0 GROUP BY x.currency ORDER BY x.currency";
        List<Object> parameters = List.of(asOf, asOf, days30, days30, days60, days60, days90, days90, asOf,
                tenant.value());

        Map<String, BigDecimal> invoiced = invoicedPerCurrency(connection, tenant, asOf);
        long[] counts = new long[2];
        List<CurrencyFigures> amounts = Jdbc.list(connection, figures, parameters, row -> {
            counts[0] += row.getLong("open_count");
            counts[1] += row.getLong("overdue_count");
            String currency = row.getString("currency");
            BigDecimal openSum = Jdbc.amount(row, "open_sum");
            return new CurrencyFigures(currency, openSum, Jdbc.amount(row, "overdue"), Jdbc.amount(row, "b30"),
                    Jdbc.amount(row, "b60"), Jdbc.amount(row, "b90"), Jdbc.amount(row, "over90"),
                    dso(openSum, invoiced.get(currency)));
        });
        long unallocated = Jdbc.count(connection, "SELECT COUNT(*) FROM payment p WHERE p.tenant_id = ?"
                + DefaultReceivablesQueries.UNALLOCATED, List.of(tenant.value()));
        return new ReceivablesOverview(asOf, amounts, counts[0], counts[1], unallocated);
    }

    private static Map<String, BigDecimal> invoicedPerCurrency(Connection connection, TenantId tenant, LocalDate asOf)
            throws SQLException {
        Map<String, BigDecimal> result = new HashMap<>();
        Jdbc.list(connection, "SELECT currency, SUM(gross_total) AS gross FROM document WHERE tenant_id = ? AND kind IN "
                        + INVOICE_KINDS + " AND issue_date > ? AND issue_date <= ? GROUP BY currency",
                List.of(tenant.value(), asOf.minusDays(DSO_DAYS), asOf),
                row -> result.put(row.getString("currency"), Jdbc.amount(row, "gross")));
        return result;
    }

    private static Double dso(BigDecimal open, BigDecimal invoiced) {
        if (invoiced == null || invoiced.signum() <= 0) {
            return null;
        }
        return open.multiply(BigDecimal.valueOf(DSO_DAYS)).divide(invoiced, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
