package de.debitum.api.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One Skonto tier: {@code percent} off when paid within {@code days} of the issue date. */
public record CashDiscountTier(int days, BigDecimal percent) {

    public CashDiscountTier {
        Objects.requireNonNull(percent, "percent");
    }
}
