package de.debitum.api.model;

import java.util.List;

/**
 * Payment terms of a document: the free text (BT-20) and the cash discount tiers read from it or
 * from structured data, ordered by days.
 */
public record PaymentTerms(String text, List<CashDiscountTier> cashDiscounts) {

    public static final PaymentTerms NONE = new PaymentTerms(null, List.of());

    public PaymentTerms {
        cashDiscounts = cashDiscounts == null ? List.of() : List.copyOf(cashDiscounts);
    }
}
