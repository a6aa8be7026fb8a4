package de.debitum.api.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * An export of one period to store.
 *
 * @param bookings bookings written to the Buchungsstapel files
 * @param debtorAccounts debtor accounts written to the Debitoren/Kreditoren file
 * @param notices values the writer shortened, replaced or left out
 */
public record NewLedgerExport(YearMonth period, String actor, int bookings, int debtorAccounts, int notices,
                              List<File> files) {

    public NewLedgerExport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actor, "actor");
        files = List.copyOf(files);
    }

    /**
     * One EXTF file.
     *
     * @param content the bytes as written (Windows-1252, CRLF); not copied
     * @param rowCount data rows below the header and column lines
     */
    public record File(String name, byte[] content, int rowCount) {

        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }
}
