package de.debitum.ledger.datev;

import java.util.List;

/**
 * Writes DATEV-Format (EXTF) files: header version 700, Buchungsstapel in format version 13 and
 * Debitoren/Kreditoren in format version 5, the versions described on DATEV's developer portal
 * (developer.datev.de, DATEV-Format).
 *
 * <p>Values DATEV would reject are either repaired by a stated rule and listed in the
 * {@link ExportReport}, or rejected with a {@link DatevExportException} that names the row and
 * the field. The writer never drops a row silently.
 */
public interface DatevExtfWriter {

    /** DATEV's limit of bookings per Buchungsstapel file; longer exports are split. */
    int MAX_ROWS_PER_FILE = 99_999;

    /**
     * The largest number of rows one call accepts, a bound on memory. The files are returned in
     * memory at about 320 bytes per Buchungsstapel row with short texts (32.3 MB for 99,999 rows in
     * the split test), so an export of this size takes about 320 MB.
     */
    int MAX_ROWS_PER_EXPORT = 1_000_000;

    /**
     * Writes the bookings of the settings' period as one or more Buchungsstapel files, split after
     * {@link #MAX_ROWS_PER_FILE} rows. An empty list gives no files.
     *
     * @throws DatevExportException when a booking cannot be written, naming its reference
     */
    DatevExport writeBuchungsstapel(DatevExportSettings settings, List<DatevBooking> bookings);

    /**
     * Writes personal accounts as one or more Debitoren/Kreditoren files, split after
     * {@link #MAX_ROWS_PER_FILE} rows. The period of the settings is not written.
     *
     * @throws DatevExportException when an account number does not fit the account length
     */
    DatevExport writeDebitorenKreditoren(DatevExportSettings settings, List<Personenkonto> accounts);
}
