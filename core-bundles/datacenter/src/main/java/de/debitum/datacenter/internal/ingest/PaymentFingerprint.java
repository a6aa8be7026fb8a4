package de.debitum.datacenter.internal.ingest;

import java.util.Locale;

import de.debitum.api.model.PaymentData;

/**
 * The identity of a transaction independent of the source that reports it. Two sources that
 * report the same booking (a camt statement and a banking API reading the same account) agree
 * on account, booking date and signed amount. The end-to-end id separates bookings of the same
 * day and amount. Where it is missing, the counterparty IBAN and the remittance text reduced to
 * letters and digits separate them.
 *
 * <p>NOTE: two sources that report different booking dates for the same transaction are not
 * recognised as duplicates.
 */
public final class PaymentFingerprint {

    private PaymentFingerprint() {
    }

    public static String of(PaymentData data) {
        StringBuilder key = new StringBuilder()
                .append(normalise(data.accountIban())).append('|')
                .append(data.bookingDate()).append('|')
                .append(data.amount().amount().toPlainString()).append('|')
                .append(data.amount().currency().getCurrencyCode()).append('|');
        String endToEnd = data.endToEndId();
        if (endToEnd != null && !endToEnd.isBlank() && !"NOTPROVIDED".equalsIgnoreCase(endToEnd.trim())) {
            key.append("e2e:").append(endToEnd.trim());
        } else {
            key.append("cp:").append(normalise(data.counterpartyIban())).append('|').append(normalise(data.remittanceText()));
        }
        return RecordFields.sha256(key.toString());
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
