package de.debitum.output.letter;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;
import de.debitum.output.internal.Mod97;

/**
 * The content of a payment QR code after EPC069-12 ("Quick Response Code: Guidelines to Enable
 * Data Capture for the Initiation of a SEPA Credit Transfer", European Payments Council),
 * version 002, character set UTF-8, identification SCT. The QR symbol itself uses error
 * correction level M.
 *
 * @param beneficiaryName  the payee's name, at most 70 characters
 * @param bankAccount      the payee's account; its BIC is written when present (optional in version 002)
 * @param amount           a EUR amount from 0.01 to 999999999.99
 * @param reference        the structured creditor reference, or null when {@code remittanceText} is given
 * @param remittanceText   the unstructured remittance text (at most 140 characters), or null
 *                         when {@code reference} is given
 */
public record GiroCode(String beneficiaryName, BankAccount bankAccount, Money amount,
                       CreditorReference reference, String remittanceText) {

    public static final int MAX_NAME_LENGTH = 70;
    public static final int MAX_REMITTANCE_TEXT_LENGTH = 140;
    /** The largest payload EPC069-12 allows, in bytes of UTF-8. */
    public static final int MAX_PAYLOAD_BYTES = 331;
    public static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    public GiroCode {
        Objects.requireNonNull(beneficiaryName, "beneficiaryName");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(amount, "amount");
        if (beneficiaryName.isBlank() || beneficiaryName.length() > MAX_NAME_LENGTH) {
            throw invalid("Der Empfängername '" + beneficiaryName + "' muss 1 bis " + MAX_NAME_LENGTH + " Zeichen haben.",
                    "The beneficiary name '" + beneficiaryName + "' must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        if (!amount.currency().equals(Money.EUR)) {
            throw invalid("Ein GiroCode überweist nur Euro, nicht " + amount.currency() + ".",
                    "A GiroCode transfers euros only, not " + amount.currency() + ".");
        }
        if (amount.amount().compareTo(MIN_AMOUNT) < 0 || amount.amount().compareTo(MAX_AMOUNT) > 0) {
            throw invalid("Der Betrag " + amount + " liegt nicht zwischen 0.01 und 999999999.99 EUR.",
                    "The amount " + amount + " is not between 0.01 and 999999999.99 EUR.");
        }
        if (reference != null && remittanceText != null) {
            throw invalid("Ein GiroCode trägt entweder eine RF-Referenz oder einen Verwendungszweck, nicht beides.",
                    "A GiroCode carries either an RF reference or a remittance text, not both.");
        }
        if (reference == null && (remittanceText == null || remittanceText.isBlank())) {
            throw invalid("Ein GiroCode braucht eine RF-Referenz oder einen Verwendungszweck.",
                    "A GiroCode needs an RF reference or a remittance text.");
        }
        if (remittanceText != null && remittanceText.length() > MAX_REMITTANCE_TEXT_LENGTH) {
            throw invalid("Der Verwendungszweck hat " + remittanceText.length() + " Zeichen, erlaubt sind " + MAX_REMITTANCE_TEXT_LENGTH + ".",
                    "The remittance text has " + remittanceText.length() + " characters, " + MAX_REMITTANCE_TEXT_LENGTH + " are allowed.");
        }
        for (String field : new String[] {beneficiaryName, remittanceText}) {
            if (field != null && (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0)) {
                throw invalid("Name und Verwendungszweck eines GiroCodes dürfen keinen Zeilenumbruch enthalten.",
                        "Name and remittance text of a GiroCode must not contain a line break.");
            }
        }
        if (!Mod97.isValidIban(bankAccount.iban())) {
            throw invalid("Ungültige IBAN " + bankAccount.iban() + ".", "Invalid IBAN " + bankAccount.iban() + ".");
        }
        int size = payloadOf(beneficiaryName, bankAccount, amount, reference, remittanceText)
                .getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_PAYLOAD_BYTES) {
            throw invalid("Der GiroCode hätte " + size + " Bytes, erlaubt sind " + MAX_PAYLOAD_BYTES + ". Bitte Name oder Text kürzen.",
                    "The GiroCode would have " + size + " bytes, " + MAX_PAYLOAD_BYTES + " are allowed. Shorten name or text.");
        }
    }

    /**
     * Builds the payload: the EPC069-12 elements separated by LF, with no separator after the
     * last element that has a value.
     */
    public String payload() {
        return payloadOf(beneficiaryName, bankAccount, amount, reference, remittanceText);
    }

    private static String payloadOf(String name, BankAccount account, Money amount,
                                    CreditorReference reference, String text) {
        List<String> lines = new ArrayList<>(List.of(
                "BCD",                                    // service tag
                "002",                                    // version
                "1",                                      // character set: UTF-8
                "SCT",                                    // SEPA credit transfer
                account.bic() == null ? "" : account.bic(),
                name.strip(),
                account.iban(),
                "EUR" + amount.amount().toPlainString(),  // point as decimal separator
                "",                                       // purpose code: none
                reference == null ? "" : reference.value(),
                text == null ? "" : text.strip()));
        while (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    private static InvalidLetterException invalid(String german, String english) {
        return new InvalidLetterException(german, english);
    }
}
