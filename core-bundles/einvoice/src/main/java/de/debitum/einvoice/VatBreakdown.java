package de.debitum.einvoice;

import java.math.BigDecimal;

import de.debitum.api.money.Money;

/**
 * Net and VAT for one VAT category and rate (BG-23).
 *
 * @param categoryCode the VAT category (S, Z, E, AE, K, G, O, L, M)
 * @param ratePercent  the rate in percent, or {@code null} where the category has none
 * @param basis        the taxable amount (BT-116)
 * @param tax          the VAT amount (BT-117)
 */
public record VatBreakdown(String categoryCode, BigDecimal ratePercent, Money basis, Money tax) {

    /** Returns basis plus VAT, or {@code null} when the document states either without the other. */
    public Money gross() {
        return basis == null || tax == null ? null : basis.plus(tax);
    }
}
