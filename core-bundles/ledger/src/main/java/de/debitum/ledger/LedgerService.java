package de.debitum.ledger;

import java.time.LocalDate;
import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.model.TenantId;

/**
 * Books the business events of the system of record and exports periods to DATEV.
 *
 * <p>Bookings are never edited. An event dated in a locked (exported) period is booked on the
 * first day of the next open period. Ingestion rejects changes to booked documents. Should a new
 * version of one appear all the same, its earlier bookings are reversed by Generalumkehr before
 * the new version is booked.
 */
@ProviderType
public interface LedgerService {

    /** Returns the tenant's settings, or the SKR03 defaults when none were saved. */
    LedgerSettings settings(TenantId tenant);

    /** Stores the tenant's settings. They apply to later bookings and exports. */
    LedgerSettings saveSettings(LedgerSettings settings, String actor);

    /**
     * Books every business event dated between the two days (both included) that is not booked
     * yet: documents, allocations, bank fees, return fees and overpayments. Running it again
     * books only what is new or changed.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    BookingRun book(TenantId tenant, LocalDate from, LocalDate to, String actor);

    /**
     * Books a dunning fee or default interest on the debtor of its document. Booking the same
     * charge id again books nothing and returns a run without events.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant has no such document
     */
    BookingRun bookCharge(TenantId tenant, Charge charge, String actor);

    /**
     * Writes the period's bookings as Buchungsstapel files and its debtor accounts as a
     * Debitoren/Kreditoren file, stores the files, locks the period and records an audit event.
     * Exporting a locked period again writes the same bookings.
     *
     * @throws IllegalStateException when the DATEV consultant or client number is not set
     * @throws de.debitum.ledger.datev.DatevExportException when a booking cannot be written
     */
    LedgerExport export(TenantId tenant, YearMonth period, String actor);

    /**
     * Locks a period without exporting it and records an audit event. Bookings dated in it go to
     * the next open period from then on.
     *
     * @return true when this call locked the period, false when it was locked already
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    boolean lock(TenantId tenant, YearMonth period, String actor);
}
