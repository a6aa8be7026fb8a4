package de.debitum.einvoice;

import java.math.BigDecimal;

import de.debitum.api.money.Money;

/**
 * One cash discount (Skonto) tier: pay within {@code days} days and deduct {@code percent}.
 *
 * @param days        days from the issue date
 * @param percent     the discount in percent
 * @param basisAmount the amount the discount applies to, or {@code null} for the amount due
 * @param source      where the tier was stated
 */
public record SkontoTier(int days, BigDecimal percent, Money basisAmount, Source source) {

    public enum Source {
        /** The XRechnung text convention {@code #SKONTO#TAGE=10#PROZENT=2.00#} in BT-20. */
        TEXT_CONVENTION,
        /** Structured terms (CII ApplicableTradePaymentDiscountTerms). */
        STRUCTURED
    }
}
