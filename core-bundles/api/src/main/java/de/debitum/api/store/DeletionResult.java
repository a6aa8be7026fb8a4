package de.debitum.api.store;

import java.util.List;

/**
 * The outcome of a deletion request.
 *
 * @param deletedDocuments ids of documents deleted physically
 * @param debtorDeleted    whether the debtor itself was deleted; false when it is blocked
 * @param retained         records blocked because of a retention duty, with the day they can go
 */
public record DeletionResult(long debtorId, boolean debtorDeleted, List<Long> deletedDocuments,
                             List<RetainedRecord> retained) {

    public DeletionResult {
        deletedDocuments = List.copyOf(deletedDocuments);
        retained = List.copyOf(retained);
    }
}
