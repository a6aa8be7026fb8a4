package de.debitum.api.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures of a tenant's receivables on one day, per currency.
 *
 * @param unallocatedPayments incoming payments (amount above zero, not a duplicate) without allocation
 */
public record ReceivablesOverview(LocalDate asOf, List<CurrencyFigures> amounts, long openDocuments,
                                  long overdueDocuments, long unallocatedPayments) {

    public ReceivablesOverview {
        amounts = List.copyOf(amounts);
    }

    /**
     * Open and overdue invoice amounts in one currency.
     *
     * @param open            open amount of every invoice (amount due minus allocations)
     * @param overdue         the part of {@code open} past its due date
     * @param days0to30       overdue by 1 to 30 days
     * @param dso             days sales outstanding: open divided by the gross amount invoiced in the 90 days
     *                        up to {@code asOf}, times 90; null when nothing was invoiced then
     */
    public record CurrencyFigures(String currency, BigDecimal open, BigDecimal overdue, BigDecimal days0to30,
                                  BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90, Double dso) {
    }
}
