package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * One statement, report or notification of a file, with its own account, currency and balances.
 *
 * @param id              the bank's statement id (camt {@code Id}, MT940 {@code :20:})
 * @param sequenceNumber  camt electronic or legal sequence number, MT940 {@code :28C:}; may be {@code null}
 * @param opening         opening booked balance, or {@code null} (camt.054, MT942, or missing)
 * @param closing         closing booked balance, or {@code null}
 * @param notices         things the reader accepted but the user should know, such as a
 *                        reversal reading or a tolerated format deviation
 * @param periodFrom      first day of the period the bank reports (camt {@code FrToDt}), or {@code null}
 * @param periodTo        last day of that period, or {@code null}
 */
public record Statement(
        String id,
        String sequenceNumber,
        StatementFormat format,
        AccountId account,
        Currency currency,
        Balance opening,
        Balance closing,
        List<Entry> entries,
        BalanceCheck balanceCheck,
        List<Message> notices,
        LocalDate periodFrom,
        LocalDate periodTo) {

    public Statement {
        entries = List.copyOf(entries);
        notices = List.copyOf(notices);
    }

    /**
     * Returns the payments of the booked entries in file order. Pending and information-only
     * entries (camt.052 status PDNG or INFO) are left out because the bank has not booked them yet.
     */
    public List<Payment> payments() {
        return entries.stream().filter(Entry::booked).flatMap(entry -> entry.payments().stream()).toList();
    }

    Statement withEntries(List<Entry> replaced) {
        return new Statement(id, sequenceNumber, format, account, currency, opening, closing, replaced,
                balanceCheck, notices, periodFrom, periodTo);
    }
}
