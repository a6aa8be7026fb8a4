package de.debitum.ledger.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultLedgerExportStore;
import de.debitum.datacenter.internal.store.DefaultLedgerStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.ledger.internal.datev.ExtfWriter;
import de.debitum.testing.TestDatabase;

/**
 * The real datacenter (PostgreSQL or H2) with the ledger service on top. One migrated database
 * per kind is shared by the tests of a run; tests stay apart by using a fresh tenant each.
 */
public final class LedgerFixture {

    /** The fixed "now" of every test: 2026-03-02 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** The tenant's bank account. */
    public static final String BANK_IBAN = "DE89370400440532013000";
    public static final String SOURCE = "erp";

    private static final Map<TestDatabase.Kind, LedgerFixture> OPEN = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    public final TestDatabase database;
    public final DatacenterPersistence persistence;
    public final DefaultTenantStore tenants;
    public final DefaultIngestionService ingestion;
    public final DefaultDocumentStore documents;
    public final DefaultPaymentStore payments;
    public final DefaultAllocationStore allocations;
    public final DefaultAuditTrail audit;
    public final DefaultLedgerStore store;
    public final DefaultLedgerExportStore exports;
    public final DefaultLedgerService ledger;

    private LedgerFixture(TestDatabase database) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.database = database;
        this.persistence = new DatacenterPersistence(database.dataSource(), clock);
        this.tenants = new DefaultTenantStore(persistence);
        this.ingestion = new DefaultIngestionService(persistence);
        this.documents = new DefaultDocumentStore(persistence);
        this.payments = new DefaultPaymentStore(persistence);
        this.allocations = new DefaultAllocationStore(persistence);
        this.audit = new DefaultAuditTrail(persistence);
        this.store = new DefaultLedgerStore(persistence);
        this.exports = new DefaultLedgerExportStore(persistence);
        this.ledger = new DefaultLedgerService(store, exports, documents, audit, new ExtfWriter(clock));
    }

    /** Lists the kinds of database available to this run, for {@code @MethodSource}. */
    public static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    /** Returns the shared fixture of a kind, creating and migrating its database on first use. */
    public static synchronized LedgerFixture of(TestDatabase.Kind kind) {
        return OPEN.computeIfAbsent(kind, key -> {
            TestDatabase database = TestDatabase.create(key);
            LedgerFixture fixture = new LedgerFixture(database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                fixture.persistence.close();
                database.close();
            }));
            return fixture;
        });
    }

    /** Creates a tenant no other test uses. */
    public TenantId newTenant() {
        TenantId id = TenantId.of("l" + TENANTS.incrementAndGet() + "-" + System.nanoTime() % 100000);
        tenants.create(id, "Tenant " + id);
        return id;
    }

    public ImportReport ingest(TenantId tenant, CanonicalRecord... records) {
        return ingestion.ingest(IngestionBatch.of(tenant, SOURCE, "erp-1", List.of(records)));
    }

    public long documentId(TenantId tenant, String externalId) {
        return documents.findByExternalId(tenant, SOURCE, externalId).orElseThrow().id();
    }

    public long paymentId(TenantId tenant, String externalId) {
        return payments.findByExternalId(tenant, SOURCE, externalId).orElseThrow().id();
    }

    public Allocation allocate(TenantId tenant, long documentId, Long paymentId, AllocationKind kind, String amount) {
        return allocations.allocate(tenant, new Allocation(0, tenant, documentId, paymentId, null, kind, Money.euro(amount),
                AllocationOrigin.user("clerk"), null));
    }

    /** Books everything of 2026 up to the fixed day. */
    public de.debitum.ledger.BookingRun bookAll(TenantId tenant) {
        return ledger.book(tenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "test");
    }

    public List<Booking> bookingsOf(TenantId tenant, SourceType type, long sourceId) {
        return store.bookingsOf(tenant, type, String.valueOf(sourceId));
    }

    // Canonical records

    public static DebtorData debtor(String externalId, String customerNumber, String name) {
        return new DebtorData(externalId, customerNumber, name,
                new PostalAddress("Hauptstraße 1", null, "80331", "München", "DE"), "buchhaltung@example.de", "de", false,
                "DE123456789", null, List.of("DE02120300000000202051"));
    }

    /** Returns a 19 % VAT line over {@code net}. */
    public static VatLine vat19(String net) {
        Money amount = Money.euro(net);
        return new VatLine("S", new BigDecimal("19.00"), amount, amount.percent(new BigDecimal("19")));
    }

    /** Returns a 7 % VAT line over {@code net}. */
    public static VatLine vat7(String net) {
        Money amount = Money.euro(net);
        return new VatLine("S", new BigDecimal("7.00"), amount, amount.percent(new BigDecimal("7")));
    }

    /** Builds a document issued on {@code issueDate}, due 30 days later, over the VAT lines. */
    public static DocumentData document(String externalId, String debtorExternalId, DocumentKind kind, String number,
                                        LocalDate issueDate, String precedingNumber, VatLine... lines) {
        List<VatLine> vat = List.of(lines);
        Money gross = vat.stream().map(line -> line.net().plus(line.tax())).reduce(Money.euro("0"), Money::plus);
        return new DocumentData(externalId, debtorExternalId, kind, number, issueDate,
                kind == DocumentKind.INVOICE ? issueDate.plusDays(30) : null, null, null, Money.EUR, vat, gross, null,
                null, null, precedingNumber, null, true);
    }

    public static DocumentData invoice(String externalId, String debtorExternalId, LocalDate issueDate, VatLine... lines) {
        return document(externalId, debtorExternalId, DocumentKind.INVOICE, "RE-" + externalId, issueDate, null, lines);
    }

    public static PaymentData payment(String externalId, String amount, LocalDate bookingDate, Money fees,
                                      String returnReason) {
        return new PaymentData(externalId, BANK_IBAN, bookingDate, bookingDate, Money.euro(amount), "Müller Maschinenbau GmbH",
                "DE02120300000000202051", "COBADEFFXXX", "RE-1", "E2E-" + externalId, null, null, returnReason, fees, null,
                false);
    }

    /** Returns {@code count} invoices of 100.00 net at 19 % for one debtor, issued on {@code day}. */
    public static List<CanonicalRecord> invoices(String prefix, String debtorExternalId, int count, LocalDate day) {
        List<CanonicalRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(invoice(prefix + i, debtorExternalId, day, vat19("100.00")));
        }
        return records;
    }
}
