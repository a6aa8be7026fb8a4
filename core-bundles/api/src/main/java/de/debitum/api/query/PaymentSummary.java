package de.debitum.api.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a payment list.
 *
 * @param allocated sum of the allocations made from this payment
 */
public record PaymentSummary(long id, String source, LocalDate bookingDate, LocalDate valueDate, BigDecimal amount,
                             String currency, String counterpartyName, String remittanceText, Long duplicateOf,
                             BigDecimal allocated) {
}
