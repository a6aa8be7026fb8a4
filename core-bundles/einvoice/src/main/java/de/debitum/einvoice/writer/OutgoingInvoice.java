package de.debitum.einvoice.writer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An invoice to write as a ZUGFeRD PDF. Amounts are net and in the invoice currency, because
 * Mustang computes the VAT breakdown and the totals from the lines.
 *
 * @param number          invoice number (BT-1)
 * @param creditNote      true for a credit note (type code 381), false for an invoice (380)
 * @param issueDate       issue date (BT-2)
 * @param dueDate         due date (BT-9), or null
 * @param deliveryDate    delivery date (BT-72), or null for the issue date
 * @param currency        ISO 4217 currency code (BT-5), such as {@code EUR}
 * @param seller          the tenant (BG-4), with its bank account
 * @param buyer           the debtor (BG-7)
 * @param lines           at least one line (BG-25)
 * @param prepaid         amount already paid (BT-113), or null; the amount due is the gross total less this
 * @param paymentTerms    payment terms text (BT-20), or null; may carry the German CIUS Skonto line
 * @param buyerReference  buyer reference or Leitweg-ID (BT-10), or null
 * @param orderReference  buyer's order reference (BT-13), or null
 */
public record OutgoingInvoice(String number, boolean creditNote, LocalDate issueDate, LocalDate dueDate,
                              LocalDate deliveryDate, String currency, Party seller, Party buyer, List<Line> lines,
                              BigDecimal prepaid, String paymentTerms, String buyerReference,
                              String orderReference) {

    public OutgoingInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Invoice " + number + " has no lines: give at least one.");
        }
    }

    /**
     * A seller or buyer.
     *
     * @param id          the buyer's customer number (BT-46), or null
     * @param countryCode ISO 3166-1 alpha-2 country
     * @param iban        the account the buyer pays to, given for the seller only
     * @param bic         the BIC of that account, or null
     */
    public record Party(String name, String street, String postcode, String city, String countryCode, String id,
                        String vatId, String email, String iban, String bic) {

        public Party {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(countryCode, "countryCode");
        }
    }

    /**
     * One invoice line.
     *
     * @param description  item name (BT-153)
     * @param quantity     invoiced quantity (BT-129)
     * @param unit         UN/ECE Rec 20 unit code (BT-130), such as {@code C62} (piece) or {@code HUR}
     * @param unitPrice    net price of one unit (BT-146)
     * @param vatCategory  VAT category code (BT-151): {@code S}, {@code Z}, {@code E}, {@code AE} or {@code K}
     * @param vatRate      VAT rate in percent (BT-152)
     */
    public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, String vatCategory,
                       BigDecimal vatRate) {

        public Line {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(vatCategory, "vatCategory");
            Objects.requireNonNull(vatRate, "vatRate");
        }

        /** Returns quantity times unit price, rounded to cents. */
        public BigDecimal net() {
            return quantity.multiply(unitPrice).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
