package de.debitum.connector.bankstatement.internal.parse;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;

/**
 * Reads the return reason and the return fee of a German MT940 return entry. The camt path takes
 * them from {@code RtrInf/Rsn} and {@code Chrgs}; MT940 has no such fields, so German banks put
 * them into {@code :86:} and the {@code :61:} supplementary details:
 * <ul>
 * <li>the business transaction code (GVC) marks a return: 108 and 109 are SEPA direct-debit
 * returns (Rücklastschrift), 159 a returned SEPA credit transfer (Retoure);</li>
 * <li>the reason is an ISO 20022 code written into the text (such as "RUECKGABEGRUND AC04"), or a
 * three-digit code in ?34 (Textschlüsselergänzung, 9xx for returns);</li>
 * <li>the fee is {@code /CHGS/} in the {@code :61:} supplementary details (SWIFT MT940 field 61,
 * subfield 9), or an amount after ENTG., ENTGELT or RUECKGABEGEBUEHR in the text.</li>
 * </ul>
 * Codes and amounts of entries that are not returns are left alone, so that a fee statement
 * ("ENTGELTABSCHLUSS") is not read as a return fee.
 */
final class Mt940Returns {

    /** GVCs of SEPA returns: 108 and 109 direct-debit returns, 159 returned credit transfer. */
    static final Set<String> RETURN_TRANSACTION_CODES = Set.of("108", "109", "159");

    /**
     * ?34 codes with a known ISO 20022 reason. 901 and 914 come with their reason text in German
     * bank files ("IBAN ungueltig", "Grund nicht spezifiziert"); 912 is the debtor's refund request
     * (Widerspruch), as Commerzbank documents it.
     * NOTE: the table of the German banking industry (DFÜ-Abkommen, Anlage 3) has more codes. An
     * unlisted ?34 code such as "902" gives no reason, because the store accepts only four-character
     * ISO codes.
     */
    static final Map<String, String> ISO_REASON_BY_TEXT_KEY = Map.of(
            "901", "AC01",
            "912", "MD06",
            "914", "MS03");

    /** ISO 20022 ExternalReturnReason1Code values used in SEPA R-transactions. */
    private static final Pattern ISO_REASON = Pattern.compile(
            "(?<![A-Z0-9])(AC0[1-6]|AC13|AG0[12]|AM0[1-9]|AM10|BE0[1-7]|CNOR|DNOR|DT01|ED05|FF0[15]|FOCR|MD0[1-7]"
                    + "|MS0[23]|RC01|RR0[1-4]|SL01|TM01)(?![A-Z0-9])");
    private static final Pattern TEXT_KEY = Pattern.compile("\\d{3}");
    private static final Pattern CHARGES_FIELD = Pattern.compile("/CHGS/([A-Z]{3})?(\\d{1,12},\\d{0,2})");
    /** A fee named in the text: ENTG., ENTGELT, (RUECK)GABEGEBUEHR, each with an optional "EUR". */
    private static final Pattern FEE_TEXT = Pattern.compile(
            "(?:ENTG(?:ELT)?|R(?:UE|Ü)CKGABEGEB(?:UE|Ü)HR|R(?:UE|Ü)CKLASTSCHRIFTGEB(?:UE|Ü)HR|GEB(?:UE|Ü)HR)\\.?"
                    + "\\s*:?\\s*(?:EUR\\s*)?(\\d{1,9}(?:[.,]\\d{1,2})?)(?![\\d.,]*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Mt940Returns() {
    }

    /** Returns whether the entry is a return, by its GVC. */
    static boolean isReturn(Mt940Details details) {
        return details.transactionCode() != null && RETURN_TRANSACTION_CODES.contains(details.transactionCode());
    }

    /**
     * Returns the ISO 20022 reason of a return: a code in the text first, else the ISO code of the
     * ?34 value. Returns {@code null} for an entry that is no return or whose reason is unknown.
     */
    static String reason(Mt940Details details) {
        if (!isReturn(details)) {
            return null;
        }
        Matcher iso = ISO_REASON.matcher(text(details));
        if (iso.find()) {
            return iso.group(1);
        }
        String textKey = details.textKeyExtension();
        if (textKey != null && TEXT_KEY.matcher(textKey).matches()) {
            return ISO_REASON_BY_TEXT_KEY.get(textKey);
        }
        return null;
    }

    /**
     * Returns the fee the bank states for a return, positive, or {@code null}: {@code /CHGS/} in the
     * supplementary details where present, else the sum of the fees named in the text.
     */
    static Money charges(Mt940Details details, String supplementary, Currency currency) {
        if (!isReturn(details)) {
            return null;
        }
        if (supplementary != null) {
            Matcher field = CHARGES_FIELD.matcher(supplementary);
            if (field.find()) {
                Currency feeCurrency = field.group(1) == null ? currency : knownCurrency(field.group(1));
                if (feeCurrency != null) {
                    return money(field.group(2), feeCurrency);
                }
            }
        }
        Money total = null;
        Matcher fee = FEE_TEXT.matcher(text(details));
        while (fee.find()) {
            Money amount = money(fee.group(1), currency);
            total = total == null ? amount : total.plus(amount);
        }
        return total;
    }

    /** Returns the currency of an ISO 4217 code, or {@code null} for an unknown code, which then counts as no fee field. */
    private static Currency knownCurrency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Mt940Details details) {
        return (details.postingText() == null ? "" : details.postingText()) + " "
                + (details.purpose() == null ? "" : details.purpose());
    }

    /** Parses "10,50", "3.00", "7" or "15000," as an amount; a dot is a decimal point here, never a group separator. */
    private static Money money(String text, Currency currency) {
        String normalised = text.endsWith(",") ? text.substring(0, text.length() - 1) : text.replace(',', '.');
        return Money.of(new BigDecimal(normalised), currency);
    }
}
