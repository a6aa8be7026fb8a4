package de.debitum.api.model;

import java.math.BigDecimal;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * One line of a document's VAT breakdown (BG-23).
 *
 * @param category EN 16931 VAT category code (BT-118), such as {@code S} or {@code AE}
 * @param rate     rate in percent (BT-119), such as 19.00
 * @param net      taxable amount (BT-116)
 * @param tax      tax amount (BT-117)
 */
public record VatLine(String category, BigDecimal rate, Money net, Money tax) {

    public VatLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
    }
}
