package de.debitum.connector.bankstatement.internal.parse;

/**
 * The other party of a payment: the debtor of a credit, the creditor of a debit. For a reversal it
 * is the party of the original payment. Parts the bank did not send are {@code null}.
 */
public record Counterparty(String name, String iban, String bic, String bankCode, String accountNumber) {

    public static final Counterparty NONE = new Counterparty(null, null, null, null, null);

    public boolean isEmpty() {
        return name == null && iban == null && bic == null && bankCode == null && accountNumber == null;
    }
}
