package de.debitum.einvoice;

/**
 * An account to pay to (BG-17).
 *
 * @param iban        the IBAN without spaces (BT-84), or another account id where no IBAN is given
 * @param bic         the BIC (BT-86), or {@code null}
 * @param accountName the account name (BT-85), or {@code null}
 */
public record PayeeAccount(String iban, String bic, String accountName) {
}
