package de.debitum.connector.bankstatement.internal.inbox;

import java.util.List;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.connector.bankstatement.internal.parse.Message;

/** The decision for one statement file: store its payments, or hold it in {@code .error}. */
sealed interface FilePlan {

    /**
     * Store the batches in order; the last one carries the checkpoint.
     *
     * @param warnings            statements imported although they do not balance, for the log
     * @param flippedReversals    ids of the statements that balance only with their reversals read in
     *                            the opposite direction, which is how they were read
     * @param droppedCounterparty payments whose invalid counterparty IBAN or BIC was left out
     */
    record Store(List<AccountBatch> batches, int statements, List<Message> warnings, List<String> flippedReversals,
                 int droppedCounterparty) implements FilePlan {

        public Store {
            batches = List.copyOf(batches);
            warnings = List.copyOf(warnings);
            flippedReversals = List.copyOf(flippedReversals);
        }

        int payments() {
            return batches.stream().mapToInt(batch -> batch.records().size()).sum();
        }
    }

    /**
     * Move the file to {@code .error} and write the reasons and what to do beside it.
     *
     * @param todos what a person should do, one per kind of reason
     */
    record Hold(List<Message> reasons, List<Message> todos) implements FilePlan {

        public Hold {
            reasons = List.copyOf(reasons);
            todos = List.copyOf(todos);
        }
    }

    /**
     * The payments and coverage periods of one account's statements in a file.
     *
     * @param account the account, masked, for the log
     */
    record AccountBatch(String source, String account, List<CanonicalRecord> records, List<CoveragePeriod> coverage) {

        public AccountBatch {
            records = List.copyOf(records);
            coverage = List.copyOf(coverage);
        }
    }
}
