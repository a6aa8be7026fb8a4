package de.debitum.api.model;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/**
 * A bank or payment-provider transaction as a source delivers it, with ISO 20022 camt terms.
 *
 * @param externalId        the source's id of the transaction
 * @param accountIban       the tenant's account the transaction was booked on
 * @param bookingDate       booking date (BookgDt)
 * @param valueDate         value date (ValDt), may be null
 * @param amount            signed amount: positive for money received, negative for money paid
 *                          out, such as a returned direct debit
 * @param counterpartyName  name of the payer or payee, may be null
 * @param counterpartyIban  IBAN of the payer or payee, may be null
 * @param counterpartyBic   BIC of the payer's or payee's bank, may be null
 * @param remittanceText    unstructured remittance information (Verwendungszweck), may be null
 * @param endToEndId        end-to-end id (EndToEndId), may be null or NOTPROVIDED
 * @param creditorReference structured creditor reference, such as ISO 11649 RF, may be null
 * @param mandateReference  SEPA direct-debit mandate reference, may be null
 * @param returnReason      ISO 20022 return reason code, such as MD06, may be null
 * @param fees              fees charged with the transaction, may be null
 * @param batchId           id of the batch booking the transaction belongs to, may be null
 * @param reversal          true when the entry reverses an earlier one (RvslInd)
 */
public record PaymentData(String externalId, String accountIban, LocalDate bookingDate, LocalDate valueDate,
                          Money amount, String counterpartyName, String counterpartyIban, String counterpartyBic,
                          String remittanceText, String endToEndId, String creditorReference,
                          String mandateReference, String returnReason, Money fees, String batchId,
                          boolean reversal) implements CanonicalRecord {
}
