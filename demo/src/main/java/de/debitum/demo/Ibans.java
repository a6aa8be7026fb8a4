package de.debitum.demo;

import java.math.BigInteger;
import java.util.Locale;

/** Builds German IBANs with correct ISO 13616 check digits from a bank code and an account number. */
final class Ibans {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Ibans() {
    }

    /**
     * @param bankCode the eight-digit Bankleitzahl
     * @param account  the account number, at most ten digits
     */
    static String german(String bankCode, long account) {
        if (!bankCode.matches("[0-9]{8}") || account < 0 || account > 9_999_999_999L) {
            throw new IllegalArgumentException("Invalid bank code " + bankCode + " or account " + account
                    + ": give eight digits and at most ten digits.");
        }
        String bban = bankCode + String.format(Locale.ROOT, "%010d", account);
        // Country code DE = 13 14, followed by check digits 00, moved behind the BBAN.
        int check = 98 - new BigInteger(bban + "131400").mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "DE%02d%s", check, bban);
    }
}
