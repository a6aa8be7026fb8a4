package de.debitum.api.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;
import de.debitum.api.query.Page;

/**
 * The DATEV exports of the system of record, with the bytes of their files, so that any process
 * (API, UI, shell) can hand out a file after the export ran elsewhere.
 */
@ProviderType
public interface LedgerExportStore {

    /**
     * Largest EXTF file stored, in bytes. The writer splits Buchungsstapel files at 99,999 rows,
     * which stay below this bound while a row averages under 600 bytes (an estimate).
     */
    int MAX_FILE_BYTES = 64 * 1024 * 1024;

    /**
     * Stores one export of a period with its files.
     *
     * @throws IllegalArgumentException when a file is larger than {@link #MAX_FILE_BYTES} or two
     *     files have the same name
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    StoredLedgerExport save(TenantId tenant, NewLedgerExport export);

    /** Lists the tenant's exports, newest first. */
    Page<StoredLedgerExport> list(TenantId tenant, int page, int size);

    /** Returns one export of the tenant, or empty when the tenant has no export with that id. */
    Optional<StoredLedgerExport> find(TenantId tenant, long exportId);

    /** Returns the bytes of one file of an export, or empty when there is no such export or file. */
    Optional<byte[]> fileContent(TenantId tenant, long exportId, String fileName);

    /**
     * Lists every period of the tenant that has bookings, is locked or was exported, newest
     * first, with its booking and export counts.
     */
    List<LedgerPeriodSummary> periods(TenantId tenant);

    /** Returns the summary of one period; a period without bookings or lock is open with zero counts. */
    LedgerPeriodSummary period(TenantId tenant, YearMonth period);
}
