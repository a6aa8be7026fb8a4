package de.debitum.ledger;

import java.time.YearMonth;
import java.util.List;

import de.debitum.ledger.datev.ExportReport;
import de.debitum.ledger.datev.ExtfFile;

/**
 * A period's DATEV export.
 *
 * @param files the Buchungsstapel files (several beyond 99,999 bookings) followed by the
 *     Debitoren/Kreditoren file
 * @param bookings bookings written
 * @param debtorAccounts debtor accounts written to the Debitoren/Kreditoren file
 * @param report every value the writer shortened, replaced or left out
 * @param exportId id of the stored export, whose files the API hands out
 */
public record LedgerExport(YearMonth period, List<ExtfFile> files, int bookings, int debtorAccounts,
                           ExportReport report, long exportId) {

    public LedgerExport {
        files = List.copyOf(files);
    }
}
