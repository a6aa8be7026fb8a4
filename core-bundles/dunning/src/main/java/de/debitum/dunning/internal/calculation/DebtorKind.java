package de.debitum.dunning.internal.calculation;

import java.math.BigDecimal;

/**
 * Whether a debtor is a consumer (§ 13 BGB) or not. It sets the default interest margin over the
 * base rate (§ 288 (1) and (2) BGB). Only a non-consumer owes the 40 EUR flat fee (§ 288 (5) BGB),
 * and only for a consumer does the 30-day rule of § 286 (3) BGB need a notice on the invoice.
 */
public enum DebtorKind {
    /** 5 percentage points above the base rate (§ 288 (1) BGB). */
    CONSUMER(new BigDecimal("5")),
    /**
     * 9 percentage points above the base rate for an Entgeltforderung where no consumer is
     * involved (§ 288 (2) BGB).
     */
    BUSINESS(new BigDecimal("9"));

    private final BigDecimal marginPoints;

    DebtorKind(BigDecimal marginPoints) {
        this.marginPoints = marginPoints;
    }

    /** Returns the percentage points added to the base rate. */
    public BigDecimal marginPoints() {
        return marginPoints;
    }
}
