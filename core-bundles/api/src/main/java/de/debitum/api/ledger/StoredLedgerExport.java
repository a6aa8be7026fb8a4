package de.debitum.api.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import de.debitum.api.model.TenantId;

/**
 * A stored DATEV export of one period, without the bytes of its files.
 *
 * @param actor who started the export
 * @param bookings bookings written to the Buchungsstapel files
 * @param debtorAccounts debtor accounts written to the Debitoren/Kreditoren file
 * @param notices values the writer shortened, replaced or left out
 * @param files the files in the order the export wrote them
 */
public record StoredLedgerExport(long id, TenantId tenant, YearMonth period, Instant createdAt, String actor,
                                 int bookings, int debtorAccounts, int notices, List<FileInfo> files) {

    public StoredLedgerExport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        files = List.copyOf(files);
    }

    /**
     * Name and size of one stored file.
     *
     * @param size bytes
     * @param rowCount data rows below the header and column lines
     */
    public record FileInfo(String name, long size, int rowCount) {
    }
}
