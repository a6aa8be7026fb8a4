package de.debitum.einvoice;

import de.debitum.api.money.Money;

/**
 * The document totals as stated (BG-22); absent ones are {@code null}.
 *
 * @param lineTotal             sum of line net amounts (BT-106)
 * @param allowanceTotal        sum of document allowances (BT-107)
 * @param chargeTotal           sum of document charges (BT-108)
 * @param taxBasisTotal         total without VAT (BT-109)
 * @param taxTotal              VAT total in the invoice currency (BT-110)
 * @param taxTotalInTaxCurrency VAT total in the VAT accounting currency (BT-111)
 * @param grandTotal            total with VAT (BT-112)
 * @param prepaid               paid amount (BT-113)
 * @param rounding              rounding amount (BT-114)
 * @param amountDue             amount due for payment (BT-115); negative when the seller owes
 */
public record Totals(Money lineTotal, Money allowanceTotal, Money chargeTotal, Money taxBasisTotal,
        Money taxTotal, Money taxTotalInTaxCurrency, Money grandTotal, Money prepaid, Money rounding,
        Money amountDue) {
}
