package de.debitum.connector.bankstatement.internal.parse;

/**
 * The account a statement belongs to: an IBAN, or a national bank code (BLZ) with an account
 * number, as MT940's {@code :25:} and camt's {@code Acct/Id/Othr} carry them. Unused parts are
 * {@code null}.
 */
public record AccountId(String iban, String bic, String bankCode, String accountNumber) {

    /** Returns a key that identifies the account inside external ids: the IBAN, else BLZ/account. */
    public String key() {
        if (iban != null) {
            return iban;
        }
        String bank = bankCode != null ? bankCode : (bic != null ? bic : "");
        return bank.isEmpty() ? String.valueOf(accountNumber) : bank + "/" + accountNumber;
    }

    /** Returns the account for messages and logs with all but the last four characters masked. */
    public String masked() {
        String key = key();
        return key.length() <= 4 ? key : "…" + key.substring(key.length() - 4);
    }
}
