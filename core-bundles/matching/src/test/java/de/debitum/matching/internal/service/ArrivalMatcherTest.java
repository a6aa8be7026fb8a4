package de.debitum.matching.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultMatchReviewStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.testing.TestDatabase;

/** Matching when data arrives, through the datacenter's ingestion on a real database. */
class ArrivalMatcherTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String IBAN = "DE02120300000000202051";
    private static final String ACCOUNT = "DE89370400440532013000";

    private static TestDatabase database;
    private static DatacenterPersistence persistence;
    private static DefaultIngestionService ingestion;
    private static DefaultDocumentStore documents;
    private static DefaultAllocationStore allocations;
    private static DefaultMatchingService matching;
    private static int tenants;

    @BeforeAll
    static void open() {
        database = TestDatabase.create(TestDatabase.availableKinds().get(0));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        persistence = new DatacenterPersistence(database.dataSource(), clock);
        ingestion = new DefaultIngestionService(persistence);
        documents = new DefaultDocumentStore(persistence);
        allocations = new DefaultAllocationStore(persistence);
        matching = new DefaultMatchingService(allocations, documents, new DefaultPaymentStore(persistence),
                new DefaultDebtorStore(persistence), new DefaultMatchReviewStore(persistence), clock);
    }

    @AfterAll
    static void close() {
        persistence.close();
        database.close();
    }

    private static TenantId newTenant() {
        TenantId tenant = TenantId.of("arrival-" + (++tenants) + "-" + ProcessHandle.current().pid());
        new DefaultTenantStore(persistence).create(tenant, "Muster GmbH");
        return tenant;
    }

    private static List<CanonicalRecord> invoice(String number, String gross) {
        Money amount = Money.euro(gross);
        return List.of(new DebtorData("d1", "K-1", "Bäckerei Huber GmbH", null, null, "de", false, null, null,
                        List.of(IBAN)),
                new DocumentData(number, "d1", DocumentKind.INVOICE, number, LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 3), null, null, Money.EUR,
                        List.of(new VatLine("S", new BigDecimal("19.00"), amount, Money.euro("0"))), amount,
                        PaymentTerms.NONE, null, null, null, null, true));
    }

    private static List<CanonicalRecord> payment(String id, String amount, String text) {
        return List.of(new PaymentData(id, ACCOUNT, LocalDate.of(2026, 3, 2), null, Money.euro(amount),
                "BAECKEREI HUBER", IBAN, null, text, null, null, null, null, null, null, false));
    }

    private long allocatedAutomatically(TenantId tenant, String number) {
        long id = documents.findByExternalId(tenant, "erp", number).orElseThrow().id();
        return allocations.listForDocument(tenant, id).stream()
                .filter(a -> a.origin().rule() != null).count();
    }

    @Test
    void paymentMatchedOnArrival() throws Exception {
        ArrivalMatcher arrival = new ArrivalMatcher(matching, Clock.fixed(NOW, ZoneOffset.UTC), true, 10);
        ingestion.addImportListener(arrival);
        try {
            TenantId tenant = newTenant();
            ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", invoice("RE-2026-0101", "119.00")));
            ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", payment("p1", "119.00", "RE-2026-0101")));
            assertThat(arrival.awaitIdle(30_000)).isTrue();
            assertThat(allocatedAutomatically(tenant, "RE-2026-0101")).isEqualTo(1);
        } finally {
            ingestion.removeImportListener(arrival);
            arrival.stop();
        }
    }

    @Test
    void lateInvoiceMatchedBySweep() throws Exception {
        ArrivalMatcher arrival = new ArrivalMatcher(matching, Clock.fixed(NOW, ZoneOffset.UTC), true, 10);
        ingestion.addImportListener(arrival);
        try {
            TenantId tenant = newTenant();
            ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", payment("p1", "238.00", "RE-2026-0202")));
            assertThat(arrival.awaitIdle(30_000)).isTrue();
            ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", invoice("RE-2026-0202", "238.00")));
            assertThat(arrival.awaitIdle(30_000)).isTrue();
            assertThat(allocatedAutomatically(tenant, "RE-2026-0202")).isEqualTo(1);
            // The same data again stores nothing new and allocates nothing twice.
            ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", payment("p1", "238.00", "RE-2026-0202")));
            assertThat(arrival.awaitIdle(30_000)).isTrue();
            assertThat(allocatedAutomatically(tenant, "RE-2026-0202")).isEqualTo(1);
        } finally {
            ingestion.removeImportListener(arrival);
            arrival.stop();
        }
    }

    @Test
    void batchesArrivingTogetherAreMatchedInOneRun() throws Exception {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        de.debitum.matching.MatchingService counting = new de.debitum.matching.MatchingService() {
            @Override
            public de.debitum.matching.MatchRun match(TenantId tenant, LocalDate from, LocalDate to,
                                                      de.debitum.matching.MatchingSettings settings) {
                runs.incrementAndGet();
                return matching.match(tenant, from, to, settings);
            }

            @Override
            public List<de.debitum.api.model.Allocation> confirm(TenantId tenant, de.debitum.matching.Proposal proposal,
                                                                 String user) {
                return matching.confirm(tenant, proposal, user);
            }

            @Override
            public List<de.debitum.api.model.MatchSuggestion> openSuggestions(TenantId tenant, int offset, int limit) {
                return matching.openSuggestions(tenant, offset, limit);
            }

            @Override
            public long paymentsAwaitingReview(TenantId tenant) {
                return matching.paymentsAwaitingReview(tenant);
            }

            @Override
            public List<de.debitum.api.model.Allocation> confirmSuggestion(TenantId tenant, long suggestionId, String user) {
                return matching.confirmSuggestion(tenant, suggestionId, user);
            }

            @Override
            public de.debitum.api.model.MatchSuggestion rejectSuggestion(TenantId tenant, long suggestionId, String user) {
                return matching.rejectSuggestion(tenant, suggestionId, user);
            }

            @Override
            public de.debitum.api.model.Allocation allocateManually(TenantId tenant, long paymentId, long documentId,
                                                                    de.debitum.api.money.Money amount, String user) {
                return matching.allocateManually(tenant, paymentId, documentId, amount, user);
            }

            @Override
            public de.debitum.api.model.Allocation undo(TenantId tenant, long allocationId, String user) {
                return matching.undo(tenant, allocationId, user);
            }
        };
        TenantId tenant = newTenant();
        ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", invoice("RE-2026-0404", "119.00")));
        ArrivalMatcher arrival = new ArrivalMatcher(counting, Clock.fixed(NOW, ZoneOffset.UTC), true, 3_000, 60_000);
        ingestion.addImportListener(arrival);
        try {
            ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", payment("p1", "50.00", "Teilzahlung RE-2026-0404")));
            ingestion.ingest(IngestionBatch.of(tenant, "bank2", "bank2", payment("p2", "69.00", "Rest RE-2026-0404")));
            assertThat(arrival.awaitIdle(30_000)).isTrue();
            assertThat(runs.get()).isEqualTo(1);
        } finally {
            ingestion.removeImportListener(arrival);
            arrival.stop();
        }
    }

    @Test
    void switchedOffItLeavesPaymentsAlone() throws Exception {
        ArrivalMatcher arrival = new ArrivalMatcher(matching, Clock.fixed(NOW, ZoneOffset.UTC), false, 10);
        ingestion.addImportListener(arrival);
        try {
            TenantId tenant = newTenant();
            ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp", invoice("RE-2026-0303", "59.50")));
            ingestion.ingest(IngestionBatch.of(tenant, "bank", "bank", payment("p1", "59.50", "RE-2026-0303")));
            assertThat(arrival.awaitIdle(5_000)).isTrue();
            assertThat(allocatedAutomatically(tenant, "RE-2026-0303")).isZero();
        } finally {
            ingestion.removeImportListener(arrival);
            arrival.stop();
        }
    }

    @Test
    void invalidQuietTimeNamed() {
        assertThatThrownBy(() -> new ArrivalMatcher(matching, Clock.systemUTC(), true, -5))
                .hasMessageContaining("-5").hasMessageContaining("de.debitum.matching.arrival");
    }
}
