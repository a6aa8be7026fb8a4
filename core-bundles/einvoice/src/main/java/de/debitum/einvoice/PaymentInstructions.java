package de.debitum.einvoice;

import java.util.List;

/**
 * The payment instructions of an invoice.
 *
 * @param meansCode        the payment means code (UNTDID 4461, BT-81), for example 58 (SEPA
 *                         credit transfer), 59 (SEPA direct debit), 30, 42, 68; or {@code null}
 * @param payeeAccounts    accounts to pay to (BG-17), in document order
 * @param mandateReference the SEPA mandate reference (BT-89), or {@code null}
 * @param creditorId       the SEPA creditor identifier (BT-90), or {@code null}
 * @param debitedIban      the debited account (BT-91), or {@code null}
 * @param termsText        the payment terms text (BT-20), lines joined by a line break
 * @param skontoTiers      cash discount tiers from the text convention or structured terms
 */
public record PaymentInstructions(String meansCode, List<PayeeAccount> payeeAccounts, String mandateReference,
        String creditorId, String debitedIban, String termsText, List<SkontoTier> skontoTiers) {

    public PaymentInstructions {
        payeeAccounts = List.copyOf(payeeAccounts);
        skontoTiers = List.copyOf(skontoTiers);
    }

    /** Returns the IBAN that payment is expected on: the first payee account's, or {@code null}. */
    public String expectedIban() {
        return payeeAccounts.isEmpty() ? null : payeeAccounts.get(0).iban();
    }
}
