package ${package};

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;

/**
 * Reads the sample payment file: a header line {@code reference;bookingDate;amount;payer;text},
 * then one payment per line with the booking date as {@code yyyy-MM-dd} and the amount in euro
 * with a decimal point, such as {@code R-2026-001;2026-03-02;119.00;Muster GmbH;Rechnung 2026-001}.
 * Replace it with the format of your source system.
 */
final class PaymentFileParser {

    static final String HEADER = "reference;bookingDate;amount;payer;text";

    private static final int COLUMNS = 5;

    private PaymentFileParser() {
    }

    /**
     * Parses a whole file into payments to the account {@code accountIban}.
     *
     * @throws InvalidPaymentFileException naming the first invalid line and what is wrong with it
     */
    static List<PaymentData> parse(String content, String accountIban) {
        String[] lines = content.replace("\r\n", "\n").split("\n");
        if (lines.length == 0 || !lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new InvalidPaymentFileException("line 1: expected the header '" + HEADER + "'");
        }
        List<PaymentData> payments = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                payments.add(line(lines[i], i + 1, accountIban));
            }
        }
        return payments;
    }

    private static PaymentData line(String line, int number, String accountIban) {
        String[] columns = line.split(";", -1);
        if (columns.length != COLUMNS) {
            throw new InvalidPaymentFileException("line " + number + ": expected " + COLUMNS + " columns separated by ';', found "
                    + columns.length);
        }
        String reference = columns[0].strip();
        if (reference.isEmpty()) {
            throw new InvalidPaymentFileException("line " + number + ": the reference is empty");
        }
        LocalDate bookingDate;
        try {
            bookingDate = LocalDate.parse(columns[1].strip());
        } catch (DateTimeParseException e) {
            throw new InvalidPaymentFileException("line " + number + ": invalid booking date '" + columns[1].strip()
                    + "', use yyyy-MM-dd");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(columns[2].strip());
        } catch (NumberFormatException e) {
            throw new InvalidPaymentFileException("line " + number + ": invalid amount '" + columns[2].strip()
                    + "', use digits with a decimal point such as 119.00");
        }
        return new PaymentData(reference, accountIban, bookingDate, null, Money.euro(amount), columns[3].strip(), null,
                null, columns[4].strip(), null, null, null, null, null, null, false);
    }

    /** A payment file that cannot be read; the message names the line. */
    static final class InvalidPaymentFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidPaymentFileException(String message) {
            super(message);
        }
    }
}
