package de.debitum.datacenter.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.AllocationEvent;
import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccount;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.DocumentEvent;
import de.debitum.api.ledger.LedgerPeriod;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.LedgerStore;
import de.debitum.api.ledger.PaymentEvent;
import de.debitum.api.ledger.PeriodState;
import de.debitum.api.ledger.SourceEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.AuditLog;
import de.debitum.datacenter.internal.persistence.DebtorEntity;
import de.debitum.datacenter.internal.persistence.DocumentEntity;
import de.debitum.datacenter.internal.persistence.LedgerAccountEntity;
import de.debitum.datacenter.internal.persistence.LedgerBookingEntity;
import de.debitum.datacenter.internal.persistence.LedgerDebtorAccountEntity;
import de.debitum.datacenter.internal.persistence.LedgerEventEntity;
import de.debitum.datacenter.internal.persistence.LedgerPeriodEntity;
import de.debitum.datacenter.internal.persistence.LedgerSettingsEntity;
import de.debitum.datacenter.internal.persistence.RecordMapping;
import de.debitum.datacenter.internal.persistence.TenantEntity;

/** The ledger tables of migration V6: settings, debtor accounts, booked events, bookings and periods. */
@Component(service = LedgerStore.class)
public class DefaultLedgerStore implements LedgerStore {

    /** Largest IN list of one query. Longer lists are read in chunks. */
    private static final int IN_CHUNK = 1_000;

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultLedgerStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<LedgerSettings> settings(TenantId tenant) {
        return persistence.database().read(session -> Optional.ofNullable(session.find(LedgerSettingsEntity.class, tenant.value()))
                .map(row -> toSettings(session, row)));
    }

    @Override
    public LedgerSettings saveSettings(LedgerSettings settings, String actor) {
        TenantId tenant = settings.tenant();
        return persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new NotFoundException("Tenant " + tenant + " not found");
            }
            Instant now = persistence.database().clock().instant();
            LedgerSettingsEntity row = session.find(LedgerSettingsEntity.class, tenant.value());
            if (row == null) {
                row = new LedgerSettingsEntity();
                row.tenantId = tenant.value();
            }
            row.chart = settings.chart().name();
            row.consultantNumber = settings.consultantNumber();
            row.clientNumber = settings.clientNumber();
            row.fiscalYearStartMonth = settings.fiscalYearStartMonth();
            row.accountLength = settings.accountLength();
            row.debtorAccountFrom = settings.debtorAccountFrom();
            row.debtorAccountTo = settings.debtorAccountTo();
            row.debtorAccountRule = settings.debtorAccountRule().name();
            row.returnFeeToDebtor = settings.returnFeeToDebtor();
            row.lockOnImport = settings.lockOnImport();
            row.updatedAt = now;
            session.merge(row);

            session.createMutationQuery("delete from LedgerAccountEntity where key.tenantId = :tenant")
                    .setParameter("tenant", tenant.value())
                    .executeUpdate();
            settings.accounts().forEach((role, account) -> persistAccount(session, tenant, LedgerAccountEntity.ROLE, role.name(), account));
            settings.bankAccounts().forEach((iban, account) -> persistAccount(session, tenant, LedgerAccountEntity.BANK, iban, account));

            AuditLog.append(session, tenant.value(), now, AuditEventType.UPDATED, "ledger-settings", tenant.value(),
                    null, null, actor, "Ledger settings saved: chart " + settings.chart() + ", debtor accounts "
                            + settings.debtorAccountFrom() + "-" + settings.debtorAccountTo() + " "
                            + settings.debtorAccountRule());
            return settings;
        });
    }

    private static void persistAccount(Session session, TenantId tenant, String kind, String key, int account) {
        LedgerAccountEntity row = new LedgerAccountEntity();
        row.key = new LedgerAccountEntity.Key(tenant.value(), kind, key);
        row.account = account;
        session.persist(row);
    }

    private static LedgerSettings toSettings(Session session, LedgerSettingsEntity row) {
        Map<AccountRole, Integer> roles = new EnumMap<>(AccountRole.class);
        Map<String, Integer> banks = new HashMap<>();
        session.createSelectionQuery("from LedgerAccountEntity where key.tenantId = :tenant", LedgerAccountEntity.class)
                .setParameter("tenant", row.tenantId)
                .getResultList()
                .forEach(account -> {
                    if (LedgerAccountEntity.ROLE.equals(account.key.kind)) {
                        roles.put(AccountRole.valueOf(account.key.accountKey), account.account);
                    } else {
                        banks.put(account.key.accountKey, account.account);
                    }
                });
        return new LedgerSettings(TenantId.of(row.tenantId), Chart.valueOf(row.chart), row.consultantNumber,
                row.clientNumber, row.fiscalYearStartMonth, row.accountLength, row.debtorAccountFrom, row.debtorAccountTo,
                DebtorAccountRule.valueOf(row.debtorAccountRule), roles, banks, row.returnFeeToDebtor, row.lockOnImport);
    }

    @Override
    public int debtorAccount(TenantId tenant, long debtorId, LedgerSettings settings) {
        return persistence.database().inTransaction(session -> {
            LedgerDebtorAccountEntity existing = session.find(LedgerDebtorAccountEntity.class,
                    new LedgerDebtorAccountEntity.Key(tenant.value(), debtorId));
            if (existing != null) {
                return existing.account;
            }
            DebtorEntity debtor = Rows.requireDebtor(session, tenant, debtorId);
            // Serializes assignments per tenant, because the tenant row stays locked until the commit.
            session.find(TenantEntity.class, tenant.value(), LockMode.PESSIMISTIC_WRITE);
            existing = session.find(LedgerDebtorAccountEntity.class, new LedgerDebtorAccountEntity.Key(tenant.value(), debtorId));
            if (existing != null) {
                return existing.account;
            }
            LedgerDebtorAccountEntity row = new LedgerDebtorAccountEntity();
            row.key = new LedgerDebtorAccountEntity.Key(tenant.value(), debtorId);
            row.account = chooseAccount(session, tenant, debtor, settings);
            row.createdAt = persistence.database().clock().instant();
            session.persist(row);
            return row.account;
        });
    }

    private static int chooseAccount(Session session, TenantId tenant, DebtorEntity debtor, LedgerSettings settings) {
        int from = settings.debtorAccountFrom();
        int to = settings.debtorAccountTo();
        if (settings.debtorAccountRule() == DebtorAccountRule.COLLECTIVE) {
            return from;
        }
        if (settings.debtorAccountRule() == DebtorAccountRule.CUSTOMER_NUMBER && debtor.customerNumber != null
                && debtor.customerNumber.strip().matches("[0-9]{1,9}")) {
            int customerAccount = Integer.parseInt(debtor.customerNumber.strip());
            if (customerAccount >= from && customerAccount <= to && !accountTaken(session, tenant, customerAccount)) {
                return customerAccount;
            }
        }
        Integer highest = session.createSelectionQuery("select max(account) from LedgerDebtorAccountEntity"
                        + " where key.tenantId = :tenant and account between :from and :to", Integer.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        int next = highest == null ? from : highest + 1;
        while (next <= to && accountTaken(session, tenant, next)) {
            next++;
        }
        if (next > to) {
            throw new IllegalStateException("Debitorenbereich " + from + "-" + to + " von Mandant " + tenant
                    + " ist voll: bitte den Bereich in den Buchhaltungseinstellungen erweitern. / The debtor account range "
                    + from + "-" + to + " of tenant " + tenant + " is full: widen it in the ledger settings.");
        }
        return next;
    }

    private static boolean accountTaken(Session session, TenantId tenant, int account) {
        return session.createSelectionQuery("select count(*) from LedgerDebtorAccountEntity"
                        + " where key.tenantId = :tenant and account = :account", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account)
                .getSingleResult() > 0;
    }

    @Override
    public List<DocumentEvent> unbookedDocuments(TenantId tenant, LocalDate from, LocalDate to, long afterId, int limit) {
        int page = requirePage(limit);
        return persistence.database().read(session -> LedgerEventQueries.unbookedDocuments(session, tenant, from, to, afterId, page));
    }

    @Override
    public List<AllocationEvent> unbookedAllocations(TenantId tenant, LocalDate from, LocalDate to, long afterId, int limit) {
        int page = requirePage(limit);
        return persistence.database().read(session -> LedgerEventQueries.unbookedAllocations(session, tenant, from, to, afterId, page));
    }

    @Override
    public List<PaymentEvent> paymentsWithAllocationsOrFees(TenantId tenant, LocalDate from, LocalDate to, long afterId,
                                                            int limit) {
        int page = requirePage(limit);
        return persistence.database().read(session ->
                LedgerEventQueries.paymentsWithAllocationsOrFees(session, tenant, from, to, afterId, page));
    }

    @Override
    public boolean isBooked(TenantId tenant, SourceType type, String sourceId) {
        return persistence.database().read(session -> session.createSelectionQuery("select count(*) from LedgerEventEntity"
                        + " where tenantId = :tenant and sourceType = :type and sourceId = :source", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("type", type.name())
                .setParameter("source", sourceId)
                .getSingleResult() > 0);
    }

    @Override
    public List<Booking> bookingsOf(TenantId tenant, SourceType type, String sourceId) {
        return persistence.database().read(session -> {
            List<LedgerEventEntity> events = session.createSelectionQuery("from LedgerEventEntity where tenantId = :tenant"
                            + " and sourceType = :type and sourceId = :source order by id", LedgerEventEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("type", type.name())
                    .setParameter("source", sourceId)
                    .getResultList();
            if (events.isEmpty()) {
                return List.of();
            }
            Map<Long, LedgerEventEntity> byId = new HashMap<>();
            events.forEach(event -> byId.put(event.id, event));
            return session.createSelectionQuery("from LedgerBookingEntity where tenantId = :tenant and eventId in :events"
                            + " order by id", LedgerBookingEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("events", byId.keySet())
                    .getResultList().stream()
                    .map(row -> LedgerMapping.booking(row, byId.get(row.eventId)))
                    .toList();
        });
    }

    @Override
    public List<Booking> record(TenantId tenant, SourceEvent event, List<BookingDraft> drafts, String actor) {
        try {
            return insert(tenant, event, drafts, actor);
        } catch (ConstraintViolationException e) {
            String constraint = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
            if (constraint.contains("uq_ledger_event")) {
                // A concurrent run recorded the same event version first.
                return List.of();
            }
            throw new IllegalStateException("Booking " + event.type() + " " + event.sourceId() + " of tenant " + tenant
                    + " collided with a concurrent booking run; run the booking again.", e);
        }
    }

    @Override
    public List<List<Booking>> recordAll(TenantId tenant, List<EventBookings> events, String actor) {
        try {
            return persistence.database().inTransaction(session -> {
                Instant now = persistence.database().clock().instant();
                List<List<Booking>> stored = new ArrayList<>(events.size());
                for (EventBookings event : events) {
                    stored.add(insert(session, tenant, event.event(), event.bookings(), actor, now));
                }
                return stored;
            });
        } catch (ConstraintViolationException e) {
            throw new IllegalStateException("A booking of tenant " + tenant + " collided with a concurrent booking run;"
                    + " record the events one by one.", e);
        }
    }

    private List<Booking> insert(TenantId tenant, SourceEvent event, List<BookingDraft> drafts, String actor) {
        return persistence.database().inTransaction(session ->
                insert(session, tenant, event, drafts, actor, persistence.database().clock().instant()));
    }

    private List<Booking> insert(Session session, TenantId tenant, SourceEvent event, List<BookingDraft> drafts,
                                 String actor, Instant now) {
        boolean recorded = session.createSelectionQuery("select count(*) from LedgerEventEntity where tenantId = :tenant"
                        + " and sourceType = :type and sourceId = :source and version = :version", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("type", event.type().name())
                .setParameter("source", event.sourceId())
                .setParameter("version", event.version())
                .getSingleResult() > 0;
        if (recorded) {
            return List.of();
        }
        for (YearMonth period : new TreeSet<>(drafts.stream().map(draft -> YearMonth.from(draft.date())).toList())) {
            LedgerPeriodEntity row = lockPeriodRow(session, tenant, period);
            if (PeriodState.LOCKED.name().equals(row.state)) {
                throw new IllegalStateException("Period " + period + " of tenant " + tenant + " is locked. Book "
                        + event.type() + " " + event.sourceId() + " in an open period.");
            }
        }

        LedgerEventEntity eventRow = new LedgerEventEntity();
        eventRow.tenantId = tenant.value();
        eventRow.sourceType = event.type().name();
        eventRow.sourceId = event.sourceId();
        eventRow.version = event.version();
        eventRow.bookedAt = now;
        eventRow.actor = actor;
        session.persist(eventRow);

        List<LedgerBookingEntity> rows = new ArrayList<>();
        for (BookingDraft draft : drafts) {
            LedgerBookingEntity row = LedgerMapping.row(tenant, eventRow.id, draft, now);
            session.persist(row);
            rows.add(row);
        }
        if (event.type() == SourceType.DOCUMENT && !drafts.isEmpty()) {
            markDocumentBooked(session, tenant, Long.parseLong(event.sourceId()), drafts.get(0).date(), now, actor);
        }
        return rows.stream().map(row -> LedgerMapping.booking(row, eventRow)).toList();
    }

    private static void markDocumentBooked(Session session, TenantId tenant, long documentId, LocalDate bookedOn,
                                           Instant now, String actor) {
        DocumentEntity document = Rows.requireDocument(session, tenant, documentId);
        if (document.bookedOn == null) {
            document.bookedOn = bookedOn;
        }
        AuditLog.append(session, tenant.value(), now, AuditEventType.BOOKED, "document", String.valueOf(documentId),
                document.debtorId, documentId, actor, "Booked in the ledger on " + bookedOn + ", version " + document.contentHash);
    }

    /** Reads a period's row for update, creating it as open when missing. */
    private static LedgerPeriodEntity lockPeriodRow(Session session, TenantId tenant, YearMonth period) {
        LedgerPeriodEntity.Key key = new LedgerPeriodEntity.Key(tenant.value(), period.toString());
        LedgerPeriodEntity row = session.find(LedgerPeriodEntity.class, key, LockMode.PESSIMISTIC_WRITE);
        if (row == null) {
            // A concurrent insert of the same period fails on the primary key and rolls this
            // transaction back. record() reports that as a collision, and the next run books the event.
            row = new LedgerPeriodEntity();
            row.key = key;
            row.state = PeriodState.OPEN.name();
            session.persist(row);
            session.flush();
        }
        return row;
    }

    @Override
    public List<Booking> bookings(TenantId tenant, YearMonth period, long afterId, int limit) {
        int page = requirePage(limit);
        return persistence.database().read(session -> {
            List<LedgerBookingEntity> rows = session.createSelectionQuery("from LedgerBookingEntity where tenantId = :tenant"
                            + " and period = :period and id > :after order by id", LedgerBookingEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("period", period.toString())
                    .setParameter("after", afterId)
                    .setMaxResults(page)
                    .getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, LedgerEventEntity> events = new HashMap<>();
            session.createSelectionQuery("from LedgerEventEntity where id in :ids", LedgerEventEntity.class)
                    .setParameter("ids", rows.stream().map(row -> row.eventId).distinct().toList())
                    .getResultList()
                    .forEach(event -> events.put(event.id, event));
            return rows.stream().map(row -> LedgerMapping.booking(row, events.get(row.eventId))).toList();
        });
    }

    @Override
    public long countBookings(TenantId tenant, YearMonth period) {
        return persistence.database().read(session -> session.createSelectionQuery("select count(*) from LedgerBookingEntity"
                        + " where tenantId = :tenant and period = :period", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("period", period.toString())
                .getSingleResult());
    }

    @Override
    public LedgerPeriod period(TenantId tenant, YearMonth period) {
        return persistence.database().read(session -> {
            LedgerPeriodEntity row = session.find(LedgerPeriodEntity.class, new LedgerPeriodEntity.Key(tenant.value(), period.toString()));
            return row == null ? new LedgerPeriod(tenant, period, PeriodState.OPEN, null, null)
                    : new LedgerPeriod(tenant, period, PeriodState.valueOf(row.state), row.lockedAt, row.lockedBy);
        });
    }

    @Override
    public YearMonth firstOpenPeriod(TenantId tenant, YearMonth from) {
        return persistence.database().read(session -> {
            List<String> locked = session.createSelectionQuery("select key.period from LedgerPeriodEntity"
                            + " where key.tenantId = :tenant and key.period >= :from and state = 'LOCKED'"
                            + " order by key.period", String.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("from", from.toString())
                    .getResultList();
            YearMonth candidate = from;
            for (String period : locked) {
                if (!YearMonth.parse(period).equals(candidate)) {
                    break;
                }
                candidate = candidate.plusMonths(1);
            }
            return candidate;
        });
    }

    @Override
    public boolean lock(TenantId tenant, YearMonth period, String actor) {
        return persistence.database().inTransaction(session -> {
            if (session.find(TenantEntity.class, tenant.value()) == null) {
                throw new NotFoundException("Tenant " + tenant + " not found");
            }
            LedgerPeriodEntity row = lockPeriodRow(session, tenant, period);
            if (PeriodState.LOCKED.name().equals(row.state)) {
                return false;
            }
            row.state = PeriodState.LOCKED.name();
            row.lockedAt = persistence.database().clock().instant();
            row.lockedBy = actor;
            return true;
        });
    }

    @Override
    public void unlockAfterFailedExport(TenantId tenant, YearMonth period) {
        persistence.database().inTransaction(session -> {
            LedgerPeriodEntity row = lockPeriodRow(session, tenant, period);
            row.state = PeriodState.OPEN.name();
            row.lockedAt = null;
            row.lockedBy = null;
            AuditLog.append(session, tenant.value(), persistence.database().clock().instant(), AuditEventType.UPDATED,
                    "ledger-period", period.toString(), null, null, "ledger",
                    "Ledger period " + period + " opened again: its export failed before any file was handed out");
            return null;
        });
    }

    @Override
    public List<DebtorAccount> debtorAccounts(TenantId tenant, Collection<Integer> accounts) {
        List<Integer> requested = accounts.stream().distinct().sorted().toList();
        List<DebtorAccount> result = new ArrayList<>();
        for (int start = 0; start < requested.size(); start += IN_CHUNK) {
            List<Integer> chunk = requested.subList(start, Math.min(requested.size(), start + IN_CHUNK));
            result.addAll(persistence.database().read(session -> {
                List<LedgerDebtorAccountEntity> rows = session.createSelectionQuery("from LedgerDebtorAccountEntity"
                                + " where key.tenantId = :tenant and account in :accounts", LedgerDebtorAccountEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("accounts", chunk)
                        .getResultList();
                List<DebtorAccount> page = new ArrayList<>();
                for (LedgerDebtorAccountEntity row : rows) {
                    Rows.debtor(session, tenant, row.key.debtorId).ifPresent(debtor -> page.add(new DebtorAccount(row.account,
                            RecordMapping.debtor(debtor, Rows.ibansSeen(session, debtor.id)))));
                }
                return page;
            }));
        }
        result.sort(Comparator.comparingInt(DebtorAccount::account).thenComparingLong(account -> account.debtor().id()));
        return result;
    }

    private static int requirePage(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("Page size " + limit + " is invalid: use 1 to " + MAX_PAGE + ".");
        }
        return limit;
    }
}
