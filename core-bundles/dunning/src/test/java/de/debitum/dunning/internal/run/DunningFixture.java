package de.debitum.dunning.internal.run;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import de.debitum.api.ingest.CoveragePeriod;
import de.debitum.api.ingest.DataKind;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultCoverageService;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultDunningStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.dunning.internal.calculation.BaseRateTable;
import de.debitum.testing.TestDatabase;

/**
 * The real datacenter on one migrated database per kind, shared by the tests of a run, with the
 * dunning service on top. Tests stay apart by using a fresh tenant each.
 */
final class DunningFixture {

    static final String ERP = "erp";
    static final String BANK = "bank";
    static final String ACCOUNT = "DE89370400440532013000";

    private static final Map<TestDatabase.Kind, DunningFixture> OPEN = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    final TestDatabase database;
    final DatacenterPersistence persistence;
    final DefaultTenantStore tenants;
    final DefaultIngestionService ingestion;
    final DefaultDebtorStore debtors;
    final DefaultDocumentStore documents;
    final DefaultPaymentStore payments;
    final DefaultAllocationStore allocations;
    final DefaultAuditTrail audit;
    final DefaultCoverageService coverage;
    final DefaultDunningStore store;
    final DefaultDunningRunService service;

    private DunningFixture(TestDatabase database) {
        this.database = database;
        this.persistence = new DatacenterPersistence(database.dataSource(),
                Clock.fixed(Instant.parse("2025-01-01T08:00:00Z"), ZoneOffset.UTC));
        this.tenants = new DefaultTenantStore(persistence);
        this.ingestion = new DefaultIngestionService(persistence);
        this.debtors = new DefaultDebtorStore(persistence);
        this.documents = new DefaultDocumentStore(persistence);
        this.payments = new DefaultPaymentStore(persistence);
        this.allocations = new DefaultAllocationStore(persistence);
        this.audit = new DefaultAuditTrail(persistence);
        this.coverage = new DefaultCoverageService(persistence);
        this.store = new DefaultDunningStore(persistence);
        this.service = new DefaultDunningRunService(store, allocations, debtors, coverage, BaseRateTable.bundled(),
                Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC));
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    static synchronized DunningFixture of(TestDatabase.Kind kind) {
        return OPEN.computeIfAbsent(kind, key -> {
            TestDatabase database = TestDatabase.create(key);
            DunningFixture fixture = new DunningFixture(database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                fixture.persistence.close();
                database.close();
            }));
            return fixture;
        });
    }

    TenantId newTenant() {
        TenantId id = TenantId.of("d" + TENANTS.incrementAndGet() + "-" + System.nanoTime() % 100000);
        tenants.create(id, "Tenant " + id);
        return id;
    }

    /** A tenant's data as tests build it: debtors and invoices from the ERP, payments from the bank. */
    final class Tenant {
        final TenantId id = newTenant();
        private final List<CanonicalRecord> erp = new ArrayList<>();
        private final List<CanonicalRecord> bank = new ArrayList<>();
        private LocalDate invoicesCoveredTo = LocalDate.of(2025, 12, 31);
        private LocalDate paymentsCoveredTo = LocalDate.of(2025, 12, 31);
        private boolean paymentSource = true;

        Tenant debtor(String externalId, boolean consumer) {
            erp.add(new DebtorData(externalId, "K-" + externalId, "Firma " + externalId,
                    new PostalAddress("Hauptstraße 1", null, "04109", "Leipzig", "DE"), externalId + "@example.com",
                    "de", consumer, null, null, List.of(iban(externalId))));
            return this;
        }

        Tenant invoice(String number, String debtorExternalId, String gross, LocalDate issued, LocalDate due) {
            return document(number, debtorExternalId, gross, issued, due, true);
        }

        Tenant document(String number, String debtorExternalId, String gross, LocalDate issued, LocalDate due,
                boolean safeSource) {
            Money amount = Money.euro(gross);
            erp.add(new DocumentData(number, debtorExternalId, DocumentKind.INVOICE, number, issued, due, null, null,
                    Money.EUR, List.of(new VatLine("E", BigDecimal.ZERO.setScale(2), amount, Money.euro("0"))), amount,
                    null, null, null, null,
                    OriginalDocument.of(number + ".xml", "application/xml", number.getBytes(StandardCharsets.UTF_8)),
                    safeSource));
            return this;
        }

        /** Adds a MINIMUM-profile document as the e-invoice connector maps it: no VAT lines, flagged as a booking aid. */
        Tenant bookingAid(String number, String debtorExternalId, String gross, LocalDate issued, LocalDate due) {
            erp.add(new DocumentData(number, debtorExternalId, DocumentKind.INVOICE, number, issued, due, null, null,
                    Money.EUR, List.of(), Money.euro(gross), null, null, null, null,
                    OriginalDocument.of(number + ".xml", "application/xml", number.getBytes(StandardCharsets.UTF_8)),
                    false, java.util.Set.of(de.debitum.api.model.DocumentFlag.BOOKING_AID), List.of()));
            return this;
        }

        Tenant payment(String externalId, String debtorExternalId, String amount, LocalDate booked) {
            bank.add(new PaymentData(externalId, ACCOUNT, booked, booked, Money.euro(amount), "Firma " + debtorExternalId,
                    iban(debtorExternalId), null, "Zahlung", null, null, null, null, null, null, false));
            return this;
        }

        Tenant paymentsCoveredTo(LocalDate day) {
            paymentsCoveredTo = day;
            return this;
        }

        Tenant withoutPaymentSource() {
            paymentSource = false;
            return this;
        }

        /** Ingests what was added, with coverage of invoices and payments from 2024-12-01. */
        TenantId store() {
            LocalDate from = LocalDate.of(2024, 12, 1);
            ImportReport invoices = ingestion.ingest(IngestionBatch.of(id, ERP, "erp-1", erp)
                    .withCoverage(new CoveragePeriod(DataKind.INVOICES, from, invoicesCoveredTo)));
            requireClean(invoices);
            if (paymentSource) {
                ImportReport paid = ingestion.ingest(IngestionBatch.of(id, BANK, "bank-1", bank)
                        .withCoverage(new CoveragePeriod(DataKind.PAYMENTS, from, paymentsCoveredTo)));
                requireClean(paid);
            }
            return id;
        }
    }

    Tenant tenant() {
        return new Tenant();
    }

    long documentId(TenantId tenant, String number) {
        return documents.findByExternalId(tenant, ERP, number).orElseThrow().id();
    }

    long debtorId(TenantId tenant, String externalId) {
        return debtors.findByExternalId(tenant, ERP, externalId).orElseThrow().id();
    }

    long paymentId(TenantId tenant, String externalId) {
        return payments.findByExternalId(tenant, BANK, externalId).orElseThrow().id();
    }

    /** Returns a valid German IBAN that is distinct per debtor id (check digits computed by mod 97). */
    static String iban(String debtorExternalId) {
        String account = String.format("%010d", Math.abs(debtorExternalId.hashCode()) % 1_000_000_000L);
        String bban = "37040044" + account;
        String rearranged = bban + "131400";
        int check = 98 - new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
        return "DE" + String.format("%02d", check) + bban;
    }

    private static void requireClean(ImportReport report) {
        if (!report.rejections().isEmpty()) {
            throw new IllegalStateException("Test data rejected: " + report.rejections());
        }
    }
}
