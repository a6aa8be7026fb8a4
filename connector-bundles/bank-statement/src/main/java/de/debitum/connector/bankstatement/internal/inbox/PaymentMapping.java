package de.debitum.connector.bankstatement.internal.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import de.debitum.api.model.PaymentData;
import de.debitum.connector.bankstatement.internal.parse.AccountId;
import de.debitum.connector.bankstatement.internal.parse.Counterparty;
import de.debitum.connector.bankstatement.internal.parse.Entry;
import de.debitum.connector.bankstatement.internal.parse.Payment;
import de.debitum.connector.bankstatement.internal.parse.Statement;
import de.debitum.connector.bankstatement.internal.parse.StatementFormat;

/** Maps the reader's payments to canonical {@link PaymentData} and names the source they come from. */
final class PaymentMapping {

    /** Maximum length of a batch id in the datacenter. */
    private static final int MAX_BATCH_ID = 100;
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private PaymentMapping() {
    }

    /**
     * Maps one payment, keeping the reader's external id. The payment belongs to a batch booking when
     * the bank sent it as one (without details) or when its entry carries several transaction
     * details. Its batch id is then the entry's external id.
     *
     * <p>A counterparty IBAN with wrong check digits or a malformed BIC is left out, because the
     * datacenter would reject the whole payment for it; the booking itself counts more. The file in
     * {@code .done} keeps the value as the bank sent it.
     */
    static PaymentData toPaymentData(Payment payment, Entry entry, String accountIban) {
        Counterparty counterparty = payment.counterparty() == null ? Counterparty.NONE : payment.counterparty();
        boolean inBatch = payment.batch() || entry.payments().size() > 1;
        String batchId = inBatch ? batchId(payment.entryExternalId()) : null;
        String creditorReference = payment.creditorReference() == null ? null : payment.creditorReference().reference();
        return new PaymentData(payment.externalId(), accountIban, payment.bookingDate(), payment.valueDate(),
                payment.amount(), counterparty.name(), validIban(counterparty.iban()), validBic(counterparty.bic()),
                payment.remittanceText(),
                payment.endToEndId(), creditorReference, payment.mandateReference(), payment.returnReason(),
                payment.charges(), batchId, payment.reversal());
    }

    /**
     * Returns the source of a statement's payments: the format family and the account, such as
     * {@code camt:DE89…3000-1f2e3d4c}. The account appears masked, because the host and the
     * datacenter write the source into their logs. The hash of the full account key keeps two
     * accounts with the same last digits apart.
     */
    static String source(Statement statement) {
        boolean camt = statement.format() == StatementFormat.CAMT_052 || statement.format() == StatementFormat.CAMT_053
                || statement.format() == StatementFormat.CAMT_054;
        AccountId account = statement.account();
        return (camt ? "camt:" : "mt940:") + account.masked() + "-" + sha256(account.key()).substring(0, 8);
    }

    /** Returns whether mapping leaves out a counterparty IBAN or BIC that the bank sent. */
    static boolean dropsCounterpartyDetail(Payment payment) {
        Counterparty counterparty = payment.counterparty() == null ? Counterparty.NONE : payment.counterparty();
        return counterparty.iban() != null && validIban(counterparty.iban()) == null
                || counterparty.bic() != null && validBic(counterparty.bic()) == null;
    }

    private static String validIban(String iban) {
        return iban != null && AccountIbans.isValid(iban) ? iban : null;
    }

    private static String validBic(String bic) {
        return bic != null && BIC.matcher(bic).matches() ? bic : null;
    }

    private static String batchId(String entryExternalId) {
        if (entryExternalId == null || entryExternalId.length() <= MAX_BATCH_ID) {
            return entryExternalId;
        }
        return "h" + sha256(entryExternalId).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
