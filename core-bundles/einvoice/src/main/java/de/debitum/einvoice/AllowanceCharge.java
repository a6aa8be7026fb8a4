package de.debitum.einvoice;

import java.math.BigDecimal;

import de.debitum.api.money.Money;

/**
 * One allowance or charge (BG-20, BG-21, BG-27, BG-28).
 *
 * @param kind        allowance (reduces the amount) or charge (adds to it)
 * @param level       document or line level
 * @param amount      the amount as stated (positive in well-formed documents)
 * @param reason      the reason text, or {@code null}
 * @param reasonCode  the reason code (UNTDID 5189 or 7161), or {@code null}
 * @param vatRate     the VAT rate in percent at document level, or {@code null}
 */
public record AllowanceCharge(Kind kind, Level level, Money amount, String reason, String reasonCode,
        BigDecimal vatRate) {

    public enum Kind {
        ALLOWANCE,
        CHARGE
    }

    public enum Level {
        DOCUMENT,
        LINE
    }
}
