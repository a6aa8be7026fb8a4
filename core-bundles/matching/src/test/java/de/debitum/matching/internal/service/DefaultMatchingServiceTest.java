package de.debitum.matching.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.MatchSuggestion;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultAllocationStore;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultMatchReviewStore;
import de.debitum.datacenter.internal.store.DefaultPaymentStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.MatchRun;
import de.debitum.matching.MatchingSettings;
import de.debitum.matching.Outcome;
import de.debitum.testing.TestDatabase;

/** The service against the real datacenter stores, on H2 and, where reachable, PostgreSQL. */
class DefaultMatchingServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String ACCOUNT = "DE89370400440532013000";
    private static final String HUBER_IBAN = "DE02120300000000202051";
    private static final String SCHULZ_IBAN = "DE75512108001245126199";
    private static final String FACTOR_IBAN = "DE12500105170648489890";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final Map<TestDatabase.Kind, Datacenter> OPEN = new EnumMap<>(TestDatabase.Kind.class);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    private record Datacenter(DefaultTenantStore tenants, DefaultIngestionService ingestion, DefaultDebtorStore debtors,
                              DefaultDocumentStore documents, DefaultPaymentStore payments,
                              DefaultAllocationStore allocations, DefaultMatchReviewStore review,
                              DefaultAuditTrail audit) {

        DefaultMatchingService matching() {
            return new DefaultMatchingService(allocations, documents, payments, debtors, review,
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }

        long documentId(TenantId tenant, String externalId) {
            return documents.findByExternalId(tenant, "erp", externalId).orElseThrow().id();
        }

        long paymentId(TenantId tenant, String externalId) {
            return payments.findByExternalId(tenant, "bank", externalId).orElseThrow().id();
        }

        OpenItem openItem(TenantId tenant, String externalId) {
            return allocations.openItem(tenant, documentId(tenant, externalId)).orElseThrow();
        }
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Datacenter datacenter(TestDatabase.Kind kind) {
        return OPEN.computeIfAbsent(kind, key -> {
            TestDatabase database = TestDatabase.create(key);
            DatacenterPersistence persistence = new DatacenterPersistence(database.dataSource(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                persistence.close();
                database.close();
            }));
            return new Datacenter(new DefaultTenantStore(persistence), new DefaultIngestionService(persistence),
                    new DefaultDebtorStore(persistence), new DefaultDocumentStore(persistence),
                    new DefaultPaymentStore(persistence), new DefaultAllocationStore(persistence),
                    new DefaultMatchReviewStore(persistence), new DefaultAuditTrail(persistence));
        });
    }

    private static TenantId newTenant(Datacenter dc) {
        TenantId tenant = TenantId.of("matching-" + TENANTS.incrementAndGet() + "-" + ProcessHandle.current().pid());
        dc.tenants().create(tenant, "Muster GmbH");
        return tenant;
    }

    private static DebtorData debtor(String externalId, String name, String iban) {
        return new DebtorData(externalId, "K-" + externalId, name, null, null, "de", false, null, null, List.of(iban));
    }

    private static DocumentData invoice(String externalId, String debtor, String number, String gross) {
        Money amount = Money.euro(gross);
        return new DocumentData(externalId, debtor, DocumentKind.INVOICE, number, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 3), null, null, Money.EUR,
                List.of(new VatLine("S", new BigDecimal("19.00"), amount, Money.euro("0"))), amount,
                new PaymentTerms("2 % Skonto in 10 Tagen", List.of(new CashDiscountTier(10, new BigDecimal("2.00")))),
                null, null, null, null, true);
    }

    private static PaymentData payment(String externalId, LocalDate booked, String amount, String name, String iban,
                                       String text, String endToEndId, String returnReason) {
        return new PaymentData(externalId, ACCOUNT, booked, booked, Money.euro(amount), name, iban, null, text,
                endToEndId, null, null, returnReason, null, null, returnReason != null);
    }

    private static void ingest(Datacenter dc, TenantId tenant, String source, List<CanonicalRecord> records) {
        dc.ingestion().ingest(IngestionBatch.of(tenant, source, source, records));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storesAutomaticAllocationsOnce(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN),
                debtor("d2", "Anna Schulz", SCHULZ_IBAN),
                invoice("i1", "d1", "RE-2026-0001", "119.00"), invoice("i2", "d2", "RE-2026-0002", "238.00"),
                invoice("i3", "d1", "RE-2026-0003", "59.50")));
        ingest(dc, tenant, "bank", List.of(
                payment("p1", LocalDate.of(2026, 2, 20), "119.00", "BAECKEREI HUBER", HUBER_IBAN,
                        "RECHNUNG RE 2026 1 KD K-d1", "E2E-1", null),
                payment("p2", LocalDate.of(2026, 2, 21), "238.00", "Factoring Nord AG", FACTOR_IBAN,
                        "RE-2026-0002", null, null),
                payment("p3", LocalDate.of(2026, 2, 22), "59.50", "Huber", HUBER_IBAN, "Danke", null, null)));

        MatchRun run = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(run.decisions()).extracting(MatchDecision::outcome)
                .containsExactly(Outcome.AUTOMATIC, Outcome.SUGGESTION, Outcome.AUTOMATIC);
        assertThat(run.stored()).hasSize(2).allSatisfy(allocation -> assertThat(allocation.id()).isPositive());
        assertThat(dc.openItem(tenant, "i1").open().isZero()).isTrue();
        assertThat(dc.openItem(tenant, "i3").open().isZero()).isTrue();
        assertThat(dc.openItem(tenant, "i2").open()).isEqualTo(Money.euro("238.00"));
        assertThat(dc.allocations().listForDocument(tenant, dc.documentId(tenant, "i1")).get(0).origin().rule())
                .isEqualTo("reference+exact");

        MatchRun again = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(again.stored()).isEmpty();
        assertThat(again.storedCount()).isZero();
        assertThat(again.allocatedBefore()).isEqualTo(2);
        assertThat(again.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.SUGGESTION);
    }

    private static DocumentData invoiceDue(String externalId, String number, String gross, LocalDate due) {
        Money amount = Money.euro(gross);
        return new DocumentData(externalId, "d1", DocumentKind.INVOICE, number, LocalDate.of(2026, 2, 1), due, null, null,
                Money.EUR, List.of(new VatLine("S", new BigDecimal("19.00"), amount, Money.euro("0"))), amount,
                PaymentTerms.NONE, null, null, null, null, true);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void equalAmountsSettleInvoiceDueFirst(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN),
                invoiceDue("i1", "RE-2026-0001", "49.90", LocalDate.of(2026, 3, 20)),
                invoiceDue("i2", "RE-2026-0002", "49.90", LocalDate.of(2026, 3, 3))));
        ingest(dc, tenant, "bank", List.of(payment("p2", LocalDate.of(2026, 2, 20), "49.90", "Bäckerei Huber", HUBER_IBAN,
                "Danke", null, null)));

        MatchRun run = dc.matching().match(tenant, LocalDate.of(2026, 2, 16), TO, MatchingSettings.DEFAULTS);

        assertThat(run.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC);
        assertThat(dc.openItem(tenant, "i2").open().isZero()).isTrue();
        assertThat(dc.openItem(tenant, "i1").open()).isEqualTo(Money.euro("49.90"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void earlierSuggestionBlocksDueOrder(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN),
                invoiceDue("i1", "RE-2026-0001", "49.90", LocalDate.of(2026, 3, 20)),
                invoiceDue("i2", "RE-2026-0002", "49.90", LocalDate.of(2026, 3, 3))));
        // The first payment names an invoice by a date the engine cannot read, so a person decides.
        ingest(dc, tenant, "bank", List.of(payment("p1", LocalDate.of(2026, 2, 10), "49.90", "Bäckerei Huber", HUBER_IBAN,
                "Rechnung vom 01.02.", null, null)));
        MatchRun first = dc.matching().match(tenant, FROM, LocalDate.of(2026, 2, 15), MatchingSettings.DEFAULTS);
        assertThat(first.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.SUGGESTION);

        // A later run over the later days only: the second payment names nothing, but the
        // invoice due first is still proposed for the first payment.
        ingest(dc, tenant, "bank", List.of(payment("p2", LocalDate.of(2026, 2, 20), "49.90", "Bäckerei Huber", HUBER_IBAN,
                "Danke", null, null)));
        MatchRun second = dc.matching().match(tenant, LocalDate.of(2026, 2, 16), TO, MatchingSettings.DEFAULTS);

        assertThat(second.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.SUGGESTION);
        assertThat(second.storedCount()).isZero();
        assertThat(dc.openItem(tenant, "i2").open()).isEqualTo(Money.euro("49.90"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void largeRunStoresEveryChunk(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        int count = MatchRun.MAX_KEPT + DecisionWriter.CHUNK / 5;
        List<CanonicalRecord> documents = new ArrayList<>(List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN)));
        List<CanonicalRecord> payments = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = String.format(Locale.ROOT, "RE-2026-%05d", i);
            documents.add(invoice("i" + i, "d1", number, "10." + String.format(Locale.ROOT, "%02d", i % 100)));
            payments.add(payment("p" + i, LocalDate.of(2026, 2, 20), "10." + String.format(Locale.ROOT, "%02d", i % 100),
                    "BAECKEREI HUBER", HUBER_IBAN, number, null, null));
        }
        ingest(dc, tenant, "erp", documents);
        ingest(dc, tenant, "bank", payments);

        MatchRun run = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(run.count(Outcome.AUTOMATIC)).isEqualTo(count);
        assertThat(run.decided()).isEqualTo(count);
        assertThat(run.storedCount()).isEqualTo(count);
        assertThat(run.decisions()).hasSize(MatchRun.MAX_KEPT);
        assertThat(run.stored()).hasSize(MatchRun.MAX_KEPT);
        assertThat(run.truncated()).isTrue();
        assertThat(dc.allocations().openItems(tenant)).isEmpty();
        assertThat(dc.openItem(tenant, "i" + count).allocated()).isEqualTo(dc.openItem(tenant, "i" + count).amountDue());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmedPayerIsMatchedAutomaticallyNextTime(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d2", "Anna Schulz", SCHULZ_IBAN),
                invoice("i2", "d2", "RE-2026-0002", "238.00"), invoice("i4", "d2", "RE-2026-0004", "99.00")));
        ingest(dc, tenant, "bank", List.of(payment("p2", LocalDate.of(2026, 2, 21), "238.00", "Factoring Nord AG",
                FACTOR_IBAN, "RE-2026-0002", null, null)));
        MatchDecision suggested = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS).decisions().get(0);
        assertThat(suggested.outcome()).isEqualTo(Outcome.SUGGESTION);

        // A clerk confirms the first suggestion; the store learns the factor's IBAN for the debtor.
        List<Allocation> confirmed = dc.matching().confirm(tenant, suggested.proposals().get(0), "clerk");
        assertThat(confirmed).singleElement().satisfies(allocation -> {
            assertThat(allocation.origin().user()).isEqualTo("clerk");
            assertThat(allocation.documentId()).isEqualTo(dc.documentId(tenant, "i2"));
        });
        assertThatThrownBy(() -> dc.matching().confirm(tenant, suggested.proposals().get(0), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Missing user");
        ingest(dc, tenant, "bank", List.of(payment("p4", LocalDate.of(2026, 3, 1), "99.00", "Factoring Nord AG",
                FACTOR_IBAN, "RE-2026-0004", null, null)));

        MatchRun next = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(next.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC);
        assertThat(next.allocatedBefore()).isEqualTo(1);
        assertThat(dc.openItem(tenant, "i4").open().isZero()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void returnReopensPaidInvoice(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN),
                invoice("i1", "d1", "RE-2026-0001", "100.00")));
        ingest(dc, tenant, "bank", List.of(payment("p1", LocalDate.of(2026, 2, 5), "98.00", "Bäckerei Huber",
                HUBER_IBAN, "RE-2026-0001 abzgl. 2% Skonto", "E2E-7", null)));
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        assertThat(dc.openItem(tenant, "i1").open().isZero()).isTrue();

        ingest(dc, tenant, "bank", List.of(payment("p1-r", LocalDate.of(2026, 2, 9), "-98.00", "Bäckerei Huber",
                HUBER_IBAN, "RUECKLASTSCHRIFT", "E2E-7", "MD06")));
        MatchRun run = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(run.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.REOPENED);
        assertThat(run.allocatedBefore()).isEqualTo(1);
        assertThat(run.stored()).extracting(Allocation::paymentId).contains(dc.paymentId(tenant, "p1-r"));
        assertThat(dc.openItem(tenant, "i1").open()).isEqualTo(Money.euro("100.00"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void mandateOfAllocatedPaymentIdentifiesDebtor(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN),
                invoice("i1", "d1", "RE-2026-0001", "49.90"), invoice("i2", "d1", "RE-2026-0002", "75.00")));
        PaymentData first = new PaymentData("p1", ACCOUNT, LocalDate.of(2026, 2, 20), null, Money.euro("49.90"),
                "Bäckerei Huber", HUBER_IBAN, null, "RE-2026-0001", null, null, "MREF-HUBER-01", null, null, null, false);
        PaymentData second = new PaymentData("p2", ACCOUNT, LocalDate.of(2026, 3, 2), null, Money.euro("75.00"),
                "Huber Backwaren", SCHULZ_IBAN, null, "Lastschrift Maerz", null, null, "MREF-HUBER-01", null, null, null,
                false);
        ingest(dc, tenant, "bank", List.of(first));
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        ingest(dc, tenant, "bank", List.of(second));

        MatchRun run = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(run.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC);
        assertThat(run.decisions().get(0).applied().explanation().rule()).isEqualTo("mandate+exact");
        assertThat(dc.openItem(tenant, "i2").open().isZero()).isTrue();
    }

    /** Ingests one debtor with two invoices and a payment of RE-2026-0002 from a factor's unknown IBAN. */
    private static TenantId factorPaysInvoice(Datacenter dc) {
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d2", "Anna Schulz", SCHULZ_IBAN),
                invoice("i2", "d2", "RE-2026-0002", "238.00"), invoice("i4", "d2", "RE-2026-0004", "99.00")));
        ingest(dc, tenant, "bank", List.of(payment("p2", LocalDate.of(2026, 2, 21), "238.00", "Factoring Nord AG",
                FACTOR_IBAN, "RE-2026-0002", null, null)));
        return tenant;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void suggestionsStoredAndKeptOnRerun(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = factorPaysInvoice(dc);

        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        List<MatchSuggestion> open = dc.matching().openSuggestions(tenant, 0, 50);
        assertThat(open).isNotEmpty();
        MatchSuggestion best = open.get(0);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.paymentId()).isEqualTo(dc.paymentId(tenant, "p2"));
        assertThat(best.state()).isEqualTo(MatchSuggestion.State.OPEN);
        assertThat(best.allocations()).extracting(Allocation::documentId).containsExactly(dc.documentId(tenant, "i2"));
        assertThat(best.explanation()).contains("\"rule\":\"" + best.rule() + "\"").contains("\"german\":")
                .contains("RE-2026-0002");
        assertThat(dc.matching().paymentsAwaitingReview(tenant)).isEqualTo(1);

        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(dc.matching().openSuggestions(tenant, 0, 50)).extracting(MatchSuggestion::id)
                .containsExactlyElementsOf(open.stream().map(MatchSuggestion::id).toList());
        assertThatThrownBy(() -> dc.matching().openSuggestions(tenant, 0, 201))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit 201");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmedUnknownPayerMatchedNextTime(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = factorPaysInvoice(dc);
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        MatchSuggestion best = dc.matching().openSuggestions(tenant, 0, 50).get(0);

        List<Allocation> confirmed = dc.matching().confirmSuggestion(tenant, best.id(), "clerk");

        assertThat(confirmed).singleElement().satisfies(allocation -> {
            assertThat(allocation.origin().user()).isEqualTo("clerk");
            assertThat(allocation.documentId()).isEqualTo(dc.documentId(tenant, "i2"));
            assertThat(allocation.amount()).isEqualTo(Money.euro("238.00"));
        });
        assertThat(dc.review().explanations(tenant, List.of(confirmed.get(0).id())))
                .containsEntry(confirmed.get(0).id(), best.explanation());
        assertThat(dc.matching().openSuggestions(tenant, 0, 50)).isEmpty();
        assertThat(dc.openItem(tenant, "i2").open().isZero()).isTrue();
        assertThat(dc.audit().forDebtor(tenant, best.debtorId())).extracting(AuditEvent::type)
                .contains(AuditEventType.SUGGESTION_CONFIRMED);
        assertThatThrownBy(() -> dc.matching().confirmSuggestion(tenant, best.id(), "clerk"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONFIRMED");

        ingest(dc, tenant, "bank", List.of(payment("p4", LocalDate.of(2026, 3, 1), "99.00", "Factoring Nord AG",
                FACTOR_IBAN, "RE-2026-0004", null, null)));
        MatchRun next = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(next.decisions()).extracting(MatchDecision::outcome).containsExactly(Outcome.AUTOMATIC);
        assertThat(next.allocatedBefore()).isEqualTo(1);
        assertThat(dc.openItem(tenant, "i4").open().isZero()).isTrue();
        Allocation automatic = dc.allocations().listForDocument(tenant, dc.documentId(tenant, "i4")).get(0);
        assertThat(automatic.origin().rule()).isNotNull();
        assertThat(dc.review().explanations(tenant, List.of(automatic.id())).get(automatic.id()))
                .contains("\"rule\":\"" + automatic.origin().rule() + "\"").contains("\"evidence\":[{");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmedPayerNameMatchedNextTime(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = providerPaysInvoice(dc, invoice("i4", "d2", "RE-2026-0004", "99.00"));
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        MatchSuggestion best = dc.matching().openSuggestions(tenant, 0, 50).get(0);
        assertThat(best.paymentId()).isEqualTo(dc.paymentId(tenant, "p2"));
        assertThat(dc.review().nameAliases(tenant)).isEmpty();

        dc.matching().confirmSuggestion(tenant, best.id(), "clerk");

        assertThat(dc.review().nameAliases(tenant)).containsExactly(
                Map.entry(best.debtorId(), List.of("Zahlfix Payments GmbH")));
        ingest(dc, tenant, "bank", List.of(payment("p4", LocalDate.of(2026, 3, 1), "99.00", "ZAHLFIX PAYMENTS",
                null, "RE-2026-0004", null, null)));

        MatchRun next = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(outcome(next, dc.paymentId(tenant, "p4"))).isEqualTo(Outcome.AUTOMATIC);
        assertThat(dc.openItem(tenant, "i4").open().isZero()).isTrue();
        Allocation automatic = dc.allocations().listForDocument(tenant, dc.documentId(tenant, "i4")).get(0);
        assertThat(dc.review().explanations(tenant, List.of(automatic.id())).get(automatic.id()))
                .contains("Zahlfix Payments GmbH").contains("name-alias");

        // Confirming the same payer again stores no second alias.
        ingest(dc, tenant, "erp", List.of(invoice("i6", "d2", "RE-2026-0006", "80.00")));
        ingest(dc, tenant, "bank", List.of(payment("p6", LocalDate.of(2026, 3, 2), "80.00", "Zahlfix Payments GmbH",
                null, "Danke", null, null)));
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        dc.matching().confirmSuggestion(tenant, dc.matching().openSuggestions(tenant, 0, 50).get(0).id(), "clerk");
        assertThat(dc.review().nameAliases(tenant).get(best.debtorId())).containsExactly("Zahlfix Payments GmbH");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmedPayerNameAloneNotAutomatic(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = providerPaysInvoice(dc, invoice("i5", "d2", "RE-2026-0005", "45.00"));
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        dc.matching().confirmSuggestion(tenant, dc.matching().openSuggestions(tenant, 0, 50).get(0).id(), "clerk");
        ingest(dc, tenant, "bank", List.of(
                // The alias and the exact amount, but no reference: a person decides.
                payment("p5", LocalDate.of(2026, 3, 1), "45.00", "Zahlfix Payments GmbH", null, "Danke", null, null),
                // The alias, but neither reference nor amount fits.
                payment("p7", LocalDate.of(2026, 3, 1), "12.34", "Zahlfix Payments GmbH", null, "Gutschrift 4711",
                        null, null)));

        MatchRun next = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(outcome(next, dc.paymentId(tenant, "p5"))).isEqualTo(Outcome.SUGGESTION);
        assertThat(outcome(next, dc.paymentId(tenant, "p7"))).isNotEqualTo(Outcome.AUTOMATIC);
        assertThat(next.stored()).isEmpty();
        assertThat(dc.openItem(tenant, "i5").open()).isEqualTo(Money.euro("45.00"));
        MatchSuggestion aliasSuggestion = dc.matching().openSuggestions(tenant, 0, 50).stream()
                .filter(suggestion -> suggestion.paymentId() == dc.paymentId(tenant, "p5")).findFirst().orElseThrow();
        assertThat(aliasSuggestion.explanation()).contains("name-alias");
    }

    /**
     * Creates a tenant whose debtor Anna Schulz owes RE-2026-0002 and one more invoice, and a
     * payment of RE-2026-0002 from a payment provider that passes on its own name but no IBAN.
     */
    private static TenantId providerPaysInvoice(Datacenter dc, DocumentData secondInvoice) {
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d2", "Anna Schulz", SCHULZ_IBAN),
                invoice("i2", "d2", "RE-2026-0002", "238.00"), secondInvoice));
        ingest(dc, tenant, "bank", List.of(payment("p2", LocalDate.of(2026, 2, 21), "238.00",
                "Zahlfix Payments GmbH", null, "RE-2026-0002", null, null)));
        return tenant;
    }

    private static Outcome outcome(MatchRun run, long paymentId) {
        return run.decisions().stream().filter(decision -> decision.paymentId() == paymentId).findFirst()
                .orElseThrow().outcome();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectedSuggestionNotProposedAgain(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = factorPaysInvoice(dc);
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        MatchSuggestion best = dc.matching().openSuggestions(tenant, 0, 50).get(0);

        MatchSuggestion rejected = dc.matching().rejectSuggestion(tenant, best.id(), "clerk");
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(rejected.state()).isEqualTo(MatchSuggestion.State.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("clerk");
        assertThat(dc.matching().openSuggestions(tenant, 0, 50)).extracting(MatchSuggestion::documentKey)
                .doesNotContain(best.documentKey());
        assertThat(dc.openItem(tenant, "i2").open()).isEqualTo(Money.euro("238.00"));
        assertThatThrownBy(() -> dc.matching().rejectSuggestion(tenant, best.id(), "clerk"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REJECTED");
        assertThatThrownBy(() -> dc.matching().rejectSuggestion(tenant, 999_999_999L, "clerk"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999999999");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void undoneAllocationReopensAndIsNotRedone(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);
        ingest(dc, tenant, "erp", List.of(debtor("d1", "Bäckerei Huber GmbH", HUBER_IBAN),
                invoice("i1", "d1", "RE-2026-0001", "119.00")));
        ingest(dc, tenant, "bank", List.of(payment("p1", LocalDate.of(2026, 2, 20), "119.00", "BAECKEREI HUBER",
                HUBER_IBAN, "RE-2026-0001", null, null)));
        Allocation automatic = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS).stored().get(0);

        Allocation reversal = dc.matching().undo(tenant, automatic.id(), "clerk");

        assertThat(reversal.amount()).isEqualTo(Money.euro("-119.00"));
        assertThat(reversal.origin().user()).isEqualTo("clerk");
        assertThat(dc.openItem(tenant, "i1").open()).isEqualTo(Money.euro("119.00"));
        assertThat(dc.audit().forDocument(tenant, dc.documentId(tenant, "i1"))).extracting(AuditEvent::type)
                .contains(AuditEventType.ALLOCATION_UNDONE);
        assertThatThrownBy(() -> dc.matching().undo(tenant, automatic.id(), "clerk"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("undone already");
        assertThatThrownBy(() -> dc.matching().undo(tenant, reversal.id(), "clerk"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be undone");

        MatchRun again = dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);

        assertThat(again.decisions()).extracting(MatchDecision::outcome).doesNotContain(Outcome.AUTOMATIC);
        assertThat(again.allocatedBefore()).isZero();
        assertThat(again.decided()).isEqualTo(1);
        assertThat(again.stored()).isEmpty();
        assertThat(dc.openItem(tenant, "i1").open()).isEqualTo(Money.euro("119.00"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void manualAllocationSupersedesSuggestions(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = factorPaysInvoice(dc);
        dc.matching().match(tenant, FROM, TO, MatchingSettings.DEFAULTS);
        long paymentId = dc.paymentId(tenant, "p2");
        long i4 = dc.documentId(tenant, "i4");

        Allocation manual = dc.matching().allocateManually(tenant, paymentId, i4, null, "clerk");

        assertThat(manual.amount()).isEqualTo(Money.euro("99.00"));
        assertThat(manual.origin().user()).isEqualTo("clerk");
        assertThat(dc.matching().openSuggestions(tenant, 0, 50)).isEmpty();
        Allocation rest = dc.matching().allocateManually(tenant, paymentId, dc.documentId(tenant, "i2"), null, "clerk");
        assertThat(rest.amount()).isEqualTo(Money.euro("139.00"));
        assertThatThrownBy(() -> dc.matching().allocateManually(tenant, paymentId, i4, null, "clerk"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nothing to allocate");
        assertThatThrownBy(() -> dc.matching().allocateManually(tenant, paymentId, 999_999_999L, null, "clerk"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999999999");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidPeriodRejected(TestDatabase.Kind kind) {
        Datacenter dc = datacenter(kind);
        TenantId tenant = newTenant(dc);

        assertThatThrownBy(() -> dc.matching().match(tenant, TO, FROM, MatchingSettings.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-31 to 2026-01-01");
        assertThatThrownBy(() -> dc.matching().match(tenant, FROM, FROM.plusDays(400), MatchingSettings.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("400 days");
    }
}
