package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;

import de.debitum.api.money.Money;

/**
 * One payment read from a statement entry: the entry itself, or one transaction detail of a batch
 * booking. This is what the connector maps to a canonical payment.
 *
 * @param externalId           stable id for idempotent re-import: the account plus the bank's
 *                             reference, or a content hash where the bank gives none
 * @param amount               signed: positive for money received, negative for money paid out
 * @param reversal             {@code true} for a reversal (camt {@code RvslInd}, MT940 RC/RD)
 * @param ultimateParty        name of the party on whose behalf the counterparty paid or was paid
 *                             (camt {@code UltmtDbtr}/{@code UltmtCdtr}, MT940 ABWA+/ABWE+), or {@code null}
 * @param remittanceText       unstructured remittance information (Verwendungszweck)
 * @param creditorId           SEPA creditor identifier (Gläubiger-ID) of a direct debit
 * @param returnReason         ISO 20022 return reason code such as MS03, AC04 or MD06
 * @param charges              fees the bank charged for this payment, positive; {@code null} if none
 * @param bankTransactionCode  camt domain/family/sub-family and proprietary code, or MT940's
 *                             transaction type with the German GVC ("NTRF+166")
 * @param batch                {@code true} when the payment stands for a batch booking without
 *                             transaction details
 * @param batchSize            number of transactions the bank reports for the batch, or {@code null}
 * @param entryExternalId      external id of the bank entry the payment belongs to
 * @param reversedExternalId   external id of the payment this reversal reverses, when the same file
 *                             holds it and the references match; otherwise {@code null}
 */
public record Payment(
        String externalId,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        Direction direction,
        boolean reversal,
        Counterparty counterparty,
        String ultimateParty,
        String remittanceText,
        String endToEndId,
        String mandateReference,
        String creditorId,
        CreditorReference creditorReference,
        String returnReason,
        Money charges,
        String bankTransactionCode,
        boolean batch,
        Integer batchSize,
        String entryExternalId,
        String reversedExternalId) {

    Payment withReversedExternalId(String id) {
        return new Payment(externalId, bookingDate, valueDate, amount, direction, reversal, counterparty,
                ultimateParty, remittanceText, endToEndId, mandateReference, creditorId, creditorReference, returnReason,
                charges, bankTransactionCode, batch, batchSize, entryExternalId, id);
    }
}
