package de.debitum.datacenter.internal.ingest;

import de.debitum.api.model.CanonicalRecord;

/**
 * Called after each record of a batch has been handled, inside the batch's transaction. An
 * exception thrown here fails the batch like a database error would: tests use it to check that
 * nothing of a failed batch stays.
 */
@FunctionalInterface
public interface RecordListener {

    RecordListener NONE = (index, record) -> { };

    void afterRecord(int index, CanonicalRecord record);
}
