package de.debitum.connector.bankstatement.internal.inbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.connector.bankstatement.internal.parse.BalanceCheck;
import de.debitum.connector.bankstatement.internal.parse.Entry;
import de.debitum.connector.bankstatement.internal.parse.Message;
import de.debitum.connector.bankstatement.internal.parse.ParseResult;
import de.debitum.connector.bankstatement.internal.parse.Payment;
import de.debitum.connector.bankstatement.internal.parse.Rejection;
import de.debitum.connector.bankstatement.internal.parse.Statement;

/**
 * Decides what happens to a read file. A file is imported whole or not at all. One rejected
 * statement, one account without an IBAN, or (under {@link UnbalancedPolicy#HOLD}) one statement
 * that does not balance keeps the whole file back. A person can then fix and re-drop it, and the
 * import never depends on which statements happened to be readable.
 */
final class FilePlanner {

    static final Message TODO_REJECTED = new Message(
            "Die Datei bei der Bank erneut als camt.053 oder MT940 abrufen und in den Eingangsordner legen."
                    + " Ist sie kein Kontoauszug, kann sie hier gelöscht werden.",
            "Fetch the statement from the bank again as camt.053 or MT940 and put it into the inbox folder."
                    + " If the file is not a bank statement, delete it here.");
    static final Message TODO_UNBALANCED = new Message(
            "Den Auszug mit der Bank klären und die berichtigte Datei in den Eingangsordner legen. Stimmen die"
                    + " Buchungen, in der Konnektor-Konfiguration „Unausgeglichene Auszüge“ auf „import“ stellen und"
                    + " die Datei aus .error zurück in den Eingangsordner legen.",
            "Check the statement with the bank and put the corrected file into the inbox folder. If the entries are"
                    + " right, set \"Unbalanced statements\" to \"import\" in the connector configuration and move the"
                    + " file from .error back into the inbox folder.");
    static final Message TODO_IBAN = new Message(
            "Im Feld „IBAN für Konten ohne IBAN“ der Konnektor-Konfiguration das Konto mit seiner IBAN eintragen"
                    + " (Konto=IBAN) und die Datei aus .error zurück in den Eingangsordner legen.",
            "Enter the account with its IBAN (account=IBAN) in the field \"IBAN for accounts without IBAN\" of the"
                    + " connector configuration and move the file from .error back into the inbox folder.");

    private FilePlanner() {
    }

    static FilePlan plan(ParseResult result, UnbalancedPolicy policy, AccountIbans ibans) {
        List<Message> reasons = new ArrayList<>();
        Set<Message> todos = new LinkedHashSet<>();
        for (Rejection rejection : result.rejections()) {
            reasons.add(rejection.message());
            todos.add(TODO_REJECTED);
        }
        if (result.statements().isEmpty() && result.rejections().isEmpty()) {
            reasons.add(new Message("Die Datei enthält keinen Kontoauszug.", "The file contains no bank statement."));
            todos.add(TODO_REJECTED);
        }

        List<Message> warnings = new ArrayList<>();
        List<String> flippedReversals = new ArrayList<>();
        int droppedCounterparty = 0;
        Map<String, AccountBatchBuilder> bySource = new LinkedHashMap<>();
        for (Statement statement : result.statements()) {
            boolean balanced = statement.balanceCheck().balanced();
            boolean checkable = statement.balanceCheck().result() != BalanceCheck.Result.NOT_APPLICABLE;
            if (statement.balanceCheck().result() == BalanceCheck.Result.BALANCED_REVERSALS_FLIPPED) {
                flippedReversals.add(statement.id());
            }
            if (checkable && !balanced) {
                Message unbalanced = describe(statement, statement.balanceCheck().reason());
                if (policy == UnbalancedPolicy.HOLD) {
                    reasons.add(unbalanced);
                    todos.add(TODO_UNBALANCED);
                } else {
                    warnings.add(unbalanced);
                }
            }

            Optional<String> iban = ibans.ibanOf(statement.account());
            if (iban.isEmpty()) {
                reasons.add(describe(statement, new Message(
                        "Das Konto " + statement.account().key() + " hat keine gültige IBAN, und sie lässt sich nicht"
                                + " ableiten.",
                        "The account " + statement.account().key() + " has no valid IBAN, and none can be derived.")));
                todos.add(TODO_IBAN);
                continue;
            }

            AccountBatchBuilder batch = bySource.computeIfAbsent(PaymentMapping.source(statement),
                    source -> new AccountBatchBuilder(source, statement.account().masked()));
            for (Entry entry : statement.entries()) {
                if (!entry.booked()) {
                    continue;
                }
                for (Payment payment : entry.payments()) {
                    batch.records.add(PaymentMapping.toPaymentData(payment, entry, iban.get()));
                    droppedCounterparty += PaymentMapping.dropsCounterpartyDetail(payment) ? 1 : 0;
                }
            }
            if (balanced) {
                coverage(statement).ifPresent(batch.coverage::add);
            }
        }

        if (!reasons.isEmpty()) {
            return new FilePlan.Hold(reasons, List.copyOf(todos));
        }
        List<FilePlan.AccountBatch> batches = bySource.values().stream().map(AccountBatchBuilder::build).toList();
        return new FilePlan.Store(batches, result.statements().size(), warnings, flippedReversals, droppedCounterparty);
    }

    /**
     * Returns the period a balanced statement covers: the period the bank reports where the
     * statement names one, else the booking dates of its booked entries, or the closing balance's
     * date for a statement without entries.
     */
    static Optional<CoveragePeriod> coverage(Statement statement) {
        LocalDate from = null;
        LocalDate to = null;
        for (Entry entry : statement.entries()) {
            if (!entry.booked() || entry.bookingDate() == null) {
                continue;
            }
            from = from == null || entry.bookingDate().isBefore(from) ? entry.bookingDate() : from;
            to = to == null || entry.bookingDate().isAfter(to) ? entry.bookingDate() : to;
        }
        if (from == null && statement.closing() != null && statement.closing().date() != null) {
            from = statement.closing().date();
            to = from;
        }
        // A balanced statement holds every booking of the period its bank reports, days without
        // bookings included.
        if (statement.periodFrom() != null && statement.periodTo() != null) {
            from = from == null || statement.periodFrom().isBefore(from) ? statement.periodFrom() : from;
            to = to == null || statement.periodTo().isAfter(to) ? statement.periodTo() : to;
        }
        return from == null ? Optional.empty() : Optional.of(new CoveragePeriod(DataKind.PAYMENTS, from, to));
    }

    private static Message describe(Statement statement, Message problem) {
        return new Message("Kontoauszug " + statement.id() + " (Konto " + statement.account().masked() + "): "
                + problem.german(), "Statement " + statement.id() + " (account " + statement.account().masked() + "): "
                + problem.english());
    }

    /** Collects one source's records and periods while the statements are walked. */
    private static final class AccountBatchBuilder {

        private final String source;
        private final String account;
        private final List<CanonicalRecord> records = new ArrayList<>();
        private final List<CoveragePeriod> coverage = new ArrayList<>();

        AccountBatchBuilder(String source, String account) {
            this.source = source;
            this.account = account;
        }

        FilePlan.AccountBatch build() {
            return new FilePlan.AccountBatch(source, account, records, coverage);
        }
    }
}
