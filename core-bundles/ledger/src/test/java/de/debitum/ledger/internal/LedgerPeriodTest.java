package de.debitum.ledger.internal;

import static de.debitum.ledger.internal.LedgerFixture.debtor;
import static de.debitum.ledger.internal.LedgerFixture.document;
import static de.debitum.ledger.internal.LedgerFixture.invoice;
import static de.debitum.ledger.internal.LedgerFixture.payment;
import static de.debitum.ledger.internal.LedgerFixture.vat19;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.LedgerStore;
import de.debitum.api.ledger.SourceEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.ledger.BookingRun;
import de.debitum.testing.TestDatabase;

/** Period locks by export, correction bookings in the open period, debtor accounts and guards. */
class LedgerPeriodTest {

    private static final LocalDate FEB_3 = LocalDate.of(2026, 2, 3);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    static List<TestDatabase.Kind> kinds() {
        return LedgerFixture.kinds();
    }

    private static TenantId exportableTenant(LedgerFixture lf, DebtorAccountRule rule) {
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, 29098, 55003, 1, 4, 10_000, 69_999, rule,
                Map.of(AccountRole.REVENUE_19, 8000), Map.of(), true, false), "test");
        return tenant;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void cancellationOfLockedInvoiceIsBookedInOpenPeriod(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));
        lf.bookAll(tenant);
        lf.ledger.export(tenant, FEBRUARY, "clerk");
        List<Booking> exported = lf.store.bookings(tenant, FEBRUARY, 0, 100);

        // The datacenter keeps a booked invoice unchanged; the source corrects it with a
        // cancellation and a new invoice, both dated in the locked February.
        assertThat(lf.ingest(tenant, invoice("1", "d1", FEB_3, vat19("200.00"))).rejected()).isEqualTo(1);
        lf.ingest(tenant, document("2", "d1", DocumentKind.CANCELLATION, "ST-2", FEB_3, "RE-1", vat19("100.00")),
                document("3", "d1", DocumentKind.CORRECTED_INVOICE, "RE-3", FEB_3, "RE-1", vat19("200.00")));
        BookingRun run = lf.bookAll(tenant);

        assertThat(lf.store.bookings(tenant, FEBRUARY, 0, 100)).isEqualTo(exported);
        List<Booking> march = lf.store.bookings(tenant, MARCH, 0, 100);
        assertThat(march).extracting(LedgerBookingTest::line)
                .containsExactly("10000>8000 119.00 key=3 GU", "10000>8000 238.00 key=3");
        assertThat(march).extracting(Booking::date).containsOnly(MARCH.atDay(1));
        assertThat(march.get(0).text()).isEqualTo("Storno ST-2 zu RE-1 (Beleg 03.02.2026)");
        assertThat(march.get(0).belegfeld1()).isEqualTo("RE-1");
        assertThat(run.corrections()).isEqualTo(2);
        assertThat(run.events()).containsOnly(Map.entry(SourceType.DOCUMENT, 2));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void newDocumentVersionReversesBookingsInForce(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));
        long invoice = lf.documentId(tenant, "1");
        lf.bookAll(tenant);

        // Ingestion rejects changes to booked documents. This test changes the rows directly, so
        // it can check that a second version reverses the first before it is booked.
        changeNet(lf, invoice, "50.00", "v2");
        lf.bookAll(tenant);
        lf.ledger.export(tenant, FEBRUARY, "clerk");
        changeNet(lf, invoice, "70.00", "v3");
        BookingRun run = lf.bookAll(tenant);

        assertThat(lf.store.bookings(tenant, FEBRUARY, 0, 100)).extracting(LedgerBookingTest::line).containsExactly(
                "10000>8000 119.00 key=3", "10000>8000 119.00 key=3 GU", "10000>8000 59.50 key=3");
        List<Booking> march = lf.store.bookings(tenant, MARCH, 0, 100);
        assertThat(march).extracting(LedgerBookingTest::line)
                .containsExactly("10000>8000 59.50 key=3 GU", "10000>8000 83.30 key=3");
        assertThat(march.get(0).correctionOf()).isEqualTo(lf.store.bookings(tenant, FEBRUARY, 0, 100).get(2).id());
        assertThat(march.get(0).text()).isEqualTo("Korrektur Rechnung RE-1 (Beleg 03.02.2026)");
        assertThat(run.corrections()).isEqualTo(2);
    }

    private static void changeNet(LedgerFixture lf, long documentId, String net, String version) {
        Money amount = Money.euro(net);
        Money tax = amount.percent(new java.math.BigDecimal("19"));
        lf.persistence.database().inTransaction(session -> {
            session.createMutationQuery("update DocumentVatEntity set net = :net, tax = :tax where documentId = :id")
                    .setParameter("net", amount.amount()).setParameter("tax", tax.amount()).setParameter("id", documentId)
                    .executeUpdate();
            return session.createMutationQuery("update DocumentEntity set contentHash = :hash, amountDue = :due"
                            + " where id = :id")
                    .setParameter("hash", version).setParameter("due", amount.plus(tax).amount()).setParameter("id", documentId)
                    .executeUpdate();
        });
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void latePaymentForLockedPeriodGoesToNextOpenPeriod(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));
        lf.bookAll(tenant);
        lf.ledger.export(tenant, FEBRUARY, "clerk");
        lf.ledger.export(tenant, MARCH, "clerk");

        lf.ingest(tenant, payment("p1", "119.00", LocalDate.of(2026, 2, 27), null, null));
        long allocation = lf.allocate(tenant, lf.documentId(tenant, "1"), lf.paymentId(tenant, "p1"),
                AllocationKind.PAYMENT, "119.00").id();
        lf.bookAll(tenant);

        Booking booking = lf.bookingsOf(tenant, SourceType.ALLOCATION, allocation).get(0);
        assertThat(booking.period()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(booking.date()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(booking.text()).endsWith("(Beleg 27.02.2026)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storeRejectsBookingInLockedPeriod(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        assertThat(lf.store.lock(tenant, FEBRUARY, "clerk")).isTrue();
        assertThat(lf.store.lock(tenant, FEBRUARY, "clerk")).isFalse();

        BookingDraft draft = new BookingDraft(FEB_3, 1200, 10000, Money.euro("1.00"), null, "X", "Test", 10000, null,
                null, false);
        assertThatThrownBy(() -> lf.store.record(tenant, new SourceEvent(SourceType.DUNNING_FEE, "n1", "1"),
                List.of(draft), "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026-02").hasMessageContaining("locked");
        assertThat(lf.store.isBooked(tenant, SourceType.DUNNING_FEE, "n1")).isFalse();
        assertThat(lf.store.period(tenant, FEBRUARY).isLocked()).isTrue();
        assertThat(lf.store.firstOpenPeriod(tenant, FEBRUARY)).isEqualTo(MARCH);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportLocksPeriodAndRecordsAuditEvent(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), invoice("1", "d1", FEB_3, vat19("100.00")));
        lf.bookAll(tenant);

        lf.ledger.export(tenant, FEBRUARY, "clerk");

        assertThat(lf.store.period(tenant, FEBRUARY).isLocked()).isTrue();
        assertThat(lf.store.period(tenant, FEBRUARY).lockedBy()).isEqualTo("clerk");
        long debtorId = lf.documents.find(tenant, lf.documentId(tenant, "1")).orElseThrow().debtorId();
        // The export's event has no debtor; the debtor's history shows the booking of its invoice.
        assertThat(lf.audit.forDebtor(tenant, debtorId)).extracting(event -> event.type())
                .contains(AuditEventType.BOOKED);
        long exports = lf.persistence.database().read(session -> session.createSelectionQuery(
                        "select count(*) from AuditEventEntity where tenantId = :tenant and type = 'EXPORTED'"
                                + " and subjectId = '2026-02'", Long.class)
                .setParameter("tenant", tenant.value()).getSingleResult());
        assertThat(exports).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportWithoutDatevNumbersIsRejected(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();

        assertThatThrownBy(() -> lf.ledger.export(tenant, FEBRUARY, "clerk"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Mandantennummer").hasMessageContaining("consultant");
        assertThat(lf.store.period(tenant, FEBRUARY).isLocked()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void batchWithLockedPeriodRecordsNothing(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        assertThat(lf.store.lock(tenant, FEBRUARY, "clerk")).isTrue();
        BookingDraft february = new BookingDraft(FEB_3, 1200, 10000, Money.euro("1.00"), null, "X", "Test", 10000, null,
                null, false);
        BookingDraft march = new BookingDraft(MARCH.atDay(3), 1200, 10000, Money.euro("2.00"), null, "Y", "Test", 10000,
                null, null, false);
        List<LedgerStore.EventBookings> batch = List.of(
                new LedgerStore.EventBookings(new SourceEvent(SourceType.DUNNING_FEE, "n1", "1"), List.of(march)),
                new LedgerStore.EventBookings(new SourceEvent(SourceType.DUNNING_FEE, "n2", "1"), List.of(february)));

        assertThatThrownBy(() -> lf.store.recordAll(tenant, batch, "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("n2").hasMessageContaining("locked");
        assertThat(lf.store.isBooked(tenant, SourceType.DUNNING_FEE, "n1")).isFalse();

        List<List<Booking>> stored = lf.store.recordAll(tenant, batch.subList(0, 1), "test");
        assertThat(stored).singleElement().satisfies(bookings -> assertThat(bookings).singleElement()
                .satisfies(booking -> assertThat(booking.amount()).isEqualTo(Money.euro("2.00"))));
        assertThat(lf.store.recordAll(tenant, batch.subList(0, 1), "test")).containsExactly(List.of());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void failedExportLeavesPeriodOpen(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = exportableTenant(lf, DebtorAccountRule.SEQUENTIAL);
        // Account length 4 allows personal accounts up to 99999; 123456 cannot be written.
        lf.store.record(tenant, new SourceEvent(SourceType.DUNNING_FEE, "n1", "1"), List.of(new BookingDraft(FEB_3,
                123456, 2700, Money.euro("5.00"), null, "RE-1", "Mahngebühr", null, null, null, false)), "test");

        assertThatThrownBy(() -> lf.ledger.export(tenant, FEBRUARY, "clerk"))
                .hasMessageContaining("123456");
        assertThat(lf.store.period(tenant, FEBRUARY).isLocked()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void debtorAccountsFollowTheRule(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        for (DebtorAccountRule rule : DebtorAccountRule.values()) {
            TenantId tenant = exportableTenant(lf, rule);
            lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), debtor("d2", "12345", "Schmidt KG"),
                    debtor("d3", "99", "Klein AG"),
                    invoice("1", "d1", FEB_3, vat19("1.00")), invoice("2", "d2", FEB_3, vat19("1.00")),
                    invoice("3", "d3", FEB_3, vat19("1.00")));

            lf.bookAll(tenant);

            List<Integer> accounts = List.of("1", "2", "3").stream()
                    .map(id -> lf.bookingsOf(tenant, SourceType.DOCUMENT, lf.documentId(tenant, id)).get(0).debtorAccount())
                    .toList();
            List<Integer> expected = switch (rule) {
                case SEQUENTIAL -> List.of(10000, 10001, 10002);
                // "K-1" is no number and 99 lies outside the range: both get the next free number.
                case CUSTOMER_NUMBER -> List.of(10000, 12345, 12346);
                case COLLECTIVE -> List.of(10000, 10000, 10000);
            };
            assertThat(accounts).as(rule.name()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fullDebtorRangeLeavesEventWaiting(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 4, 10_000, 10_000,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false), "test");
        lf.ingest(tenant, debtor("d1", "K-1", "Müller GmbH"), debtor("d2", "K-2", "Schmidt KG"),
                invoice("1", "d1", FEB_3, vat19("1.00")), invoice("2", "d2", FEB_3, vat19("1.00")));

        BookingRun run = lf.bookAll(tenant);

        assertThat(run.eventCount()).isEqualTo(1);
        assertThat(run.waiting()).singleElement().asString().contains("10000-10000").contains("voll");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void settingsRoundTripThroughStore(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();
        LedgerSettings settings = new LedgerSettings(tenant, Chart.SKR04, 1234567, 99999, 7, 5, 100_000, 699_999,
                DebtorAccountRule.CUSTOMER_NUMBER, Map.of(AccountRole.BANK, 18100, AccountRole.WRITE_OFF, 69300),
                Map.of("DE89370400440532013000", 18200), false, true);

        lf.ledger.saveSettings(settings, "admin");

        assertThat(lf.ledger.settings(tenant)).isEqualTo(settings);
        assertThat(lf.ledger.settings(tenant).bankAccount("DE89370400440532013000")).isEqualTo(18200);
        assertThat(lf.ledger.settings(tenant).bankAccount("DE02120300000000202051")).isEqualTo(18100);
        assertThat(lf.ledger.settings(lf.newTenant()).chart()).isEqualTo(Chart.SKR03);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidInputIsRejectedWithValue(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = lf.newTenant();

        assertThatThrownBy(() -> lf.ledger.book(tenant, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-01");
        assertThatThrownBy(() -> new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 9, 10_000, 69_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false))
                .hasMessageContaining("Sachkontenlänge 9").hasMessageContaining("4 bis 8");
        assertThatThrownBy(() -> new LedgerSettings(tenant, Chart.SKR03, 12, null, 1, 4, 10_000, 69_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false))
                .hasMessageContaining("Beraternummer 12");
        assertThatThrownBy(() -> new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 4, 70_000, 79_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false))
                .hasMessageContaining("70000").hasMessageContaining("69999");
        assertThatThrownBy(() -> new LedgerSettings(tenant, Chart.SKR03, null, null, 1, 4, 10_000, 69_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of("de89 3704", 1200), true, false))
                .hasMessageContaining("de89 3704");
        assertThatThrownBy(() -> lf.store.bookings(tenant, FEBRUARY, 0, 0)).hasMessageContaining("Page size 0");
    }
}
