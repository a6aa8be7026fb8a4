package de.debitum.ledger.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.LedgerExportStore;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.LedgerStore;
import de.debitum.api.ledger.NewLedgerExport;
import de.debitum.api.ledger.StoredLedgerExport;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.AuditTrail;
import de.debitum.api.store.DocumentStore;
import de.debitum.ledger.BookingRun;
import de.debitum.ledger.Charge;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.LedgerService;
import de.debitum.ledger.datev.DatevBooking;
import de.debitum.ledger.datev.DatevExport;
import de.debitum.ledger.datev.DatevExportException;
import de.debitum.ledger.datev.DatevExportSettings;
import de.debitum.ledger.datev.DatevExtfWriter;
import de.debitum.ledger.datev.ExportNotice;
import de.debitum.ledger.datev.ExportReport;
import de.debitum.ledger.datev.ExtfFile;
import de.debitum.ledger.internal.datev.ExtfWriter;

/**
 * The ledger service over the datacenter's {@link LedgerStore}. Booking runs read the events in
 * pages and store each event in its own transaction. A run that stops half-way is continued by
 * the next one without double bookings.
 */
@Component(service = LedgerService.class)
public class DefaultLedgerService implements LedgerService {

    /** Bookings read per page during an export. */
    static final int EXPORT_PAGE = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(DefaultLedgerService.class);

    private final LedgerStore store;
    private final LedgerExportStore exports;
    private final DocumentStore documents;
    private final AuditTrail audit;
    private final DatevExtfWriter writer;

    @Activate
    public DefaultLedgerService(@Reference LedgerStore store, @Reference LedgerExportStore exports,
                                @Reference DocumentStore documents, @Reference AuditTrail audit) {
        this(store, exports, documents, audit, new ExtfWriter());
    }

    /** Creates a service with its own EXTF writer, for tests with a fixed clock. */
    public DefaultLedgerService(LedgerStore store, LedgerExportStore exports, DocumentStore documents, AuditTrail audit,
                                DatevExtfWriter writer) {
        this.store = Objects.requireNonNull(store, "store");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public LedgerSettings settings(TenantId tenant) {
        return store.settings(tenant).orElseGet(() -> LedgerSettings.defaults(tenant, Chart.SKR03));
    }

    @Override
    public LedgerSettings saveSettings(LedgerSettings settings, String actor) {
        return store.saveSettings(settings, actor);
    }

    @Override
    public BookingRun book(TenantId tenant, LocalDate from, LocalDate to, String actor) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Zeitraum " + from + " bis " + to + " ist ungültig: der Beginn liegt nach dem"
                    + " Ende. / Invalid range " + from + " to " + to + ": the start is after the end.");
        }
        BookingRunner runner = new BookingRunner(store, settings(tenant), tenant, actor);
        BookingRun run = runner.run(from, to);
        LOG.info("Ledger run for tenant '{}' from {} to {}: {} events, {} bookings, {} moved to an open period, {} waiting",
                tenant, from, to, run.eventCount(), run.bookings(), run.corrections(), run.waitingCount());
        return run;
    }

    @Override
    public BookingRun bookCharge(TenantId tenant, Charge charge, String actor) {
        BookingRunner runner = new BookingRunner(store, settings(tenant), tenant, actor);
        return runner.charge(charge, documents.find(tenant, charge.documentId())
                .orElseThrow(() -> new de.debitum.api.store.NotFoundException("Document " + charge.documentId()
                        + " not found for tenant " + tenant)));
    }

    @Override
    public LedgerExport export(TenantId tenant, YearMonth period, String actor) {
        LedgerSettings settings = settings(tenant);
        if (!settings.hasDatevNumbers()) {
            throw new IllegalStateException("DATEV-Berater- und Mandantennummer von Mandant " + tenant + " fehlen: bitte"
                    + " in den Buchhaltungseinstellungen eintragen. / The DATEV consultant and client number of tenant "
                    + tenant + " are missing: set them in the ledger settings.");
        }
        DatevExportSettings exportSettings = DatevMapping.exportSettings(settings, period);
        boolean lockedNow = store.lock(tenant, period, actor);
        try {
            List<DatevBooking> bookings = new ArrayList<>();
            Set<Integer> debtorAccounts = new TreeSet<>();
            long afterId = 0;
            for (List<Booking> page = store.bookings(tenant, period, afterId, EXPORT_PAGE); !page.isEmpty();
                    page = store.bookings(tenant, period, afterId, EXPORT_PAGE)) {
                if (bookings.size() + page.size() > DatevExtfWriter.MAX_ROWS_PER_EXPORT) {
                    throw new DatevExportException("Periode " + period + " hat mehr als "
                            + DatevExtfWriter.MAX_ROWS_PER_EXPORT + " Buchungen; so große Exporte werden nicht unterstützt.",
                            "Period " + period + " has more than " + DatevExtfWriter.MAX_ROWS_PER_EXPORT
                                    + " bookings, more than one export supports.");
                }
                for (Booking booking : page) {
                    bookings.add(DatevMapping.booking(booking));
                    if (booking.debtorAccount() != null) {
                        debtorAccounts.add(booking.debtorAccount());
                    }
                }
                afterId = page.get(page.size() - 1).id();
            }

            DatevExport stapel = writer.writeBuchungsstapel(exportSettings, bookings);
            DatevExport stammdaten = writer.writeDebitorenKreditoren(exportSettings,
                    DatevMapping.personenkonten(settings, store.debtorAccounts(tenant, debtorAccounts)));
            List<ExtfFile> files = new ArrayList<>(stapel.files());
            files.addAll(stammdaten.files());
            List<ExportNotice> notices = new ArrayList<>(stapel.report().notices());
            notices.addAll(stammdaten.report().notices());
            StoredLedgerExport stored = exports.save(tenant, new NewLedgerExport(period, actor, bookings.size(),
                    stammdaten.rowCount(), notices.size(), files.stream()
                            .map(file -> new NewLedgerExport.File(file.fileName(), file.content(), file.rowCount()))
                            .toList()));

            audit.append(tenant, AuditEventType.EXPORTED, "ledger-period", period.toString(), null, null, actor,
                    "DATEV export " + stored.id() + " of period " + period + ": " + bookings.size() + " bookings in "
                            + stapel.files().size() + " Buchungsstapel files, " + stammdaten.rowCount()
                            + " debtor accounts, " + notices.size() + " values changed; period locked");
            LOG.info("DATEV export of period {} for tenant '{}': {} bookings, {} files, {} notices", period, tenant,
                    bookings.size(), files.size(), notices.size());
            return new LedgerExport(period, files, bookings.size(), stammdaten.rowCount(), new ExportReport(notices),
                    stored.id());
        } catch (RuntimeException e) {
            if (lockedNow) {
                store.unlockAfterFailedExport(tenant, period);
            }
            throw e;
        }
    }

    @Override
    public boolean lock(TenantId tenant, YearMonth period, String actor) {
        Objects.requireNonNull(period, "period");
        boolean lockedNow = store.lock(tenant, period, actor);
        if (lockedNow) {
            audit.append(tenant, AuditEventType.UPDATED, "ledger-period", period.toString(), null, null, actor,
                    "Ledger period " + period + " locked without export; later bookings dated in it go to the next"
                            + " open period");
            LOG.info("Ledger period {} of tenant '{}' locked by {}", period, tenant, actor);
        }
        return lockedNow;
    }
}
