package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.Enqueued;
import de.debitum.api.output.NewOutboxEntry;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterFixture;
import de.debitum.datacenter.internal.Records;
import de.debitum.testing.TestDatabase;

class OutboxStoreTest {

    private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static NewOutboxEntry mail(String key, String recipient) {
        return new NewOutboxEntry(key, OutboxChannel.EMAIL, recipient, OutboxDocumentKind.DUNNING_LETTER, "run-1",
                null, null, "de", "Zahlungserinnerung " + key, "Guten Tag", key + ".pdf", PDF);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sameDeliveryIsStoredOnce(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();

        Enqueued first = outbox.enqueue(tenant, mail("notice:1", "kunde@example.org"));
        Enqueued again = outbox.enqueue(tenant, mail("notice:1", "kunde@example.org"));
        Enqueued otherRecipient = outbox.enqueue(tenant, mail("notice:1", "buchhaltung@example.org"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.entry().id()).isEqualTo(first.entry().id());
        assertThat(otherRecipient.created()).isTrue();
        assertThat(first.entry().status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(first.entry().pdfSize()).isEqualTo(PDF.length);
        assertThat(outbox.pdf(tenant, first.entry().id())).contains(PDF);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentEnqueuesCreateOneEntry(TestDatabase.Kind kind) throws Exception {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Enqueued>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> outbox.enqueue(tenant, mail("notice:race", "kunde@example.org"))));
            }
            long created = 0;
            for (Future<Enqueued> result : results) {
                created += result.get().created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outbox.list(tenant, OutboxFilter.ALL, 0, 10).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void claimTakesDueEntriesOnce(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        long id = outbox.enqueue(tenant, mail("notice:2", "kunde@example.org")).entry().id();
        Instant later = DatacenterFixture.NOW.plusSeconds(3600);

        List<OutboxEntry> first = outbox.claimDue(later, Set.of(OutboxChannel.EMAIL), 100);
        List<OutboxEntry> second = outbox.claimDue(later, Set.of(OutboxChannel.EMAIL), 100);

        assertThat(first).extracting(OutboxEntry::id).contains(id);
        OutboxEntry claimed = first.stream().filter(entry -> entry.id() == id).findFirst().orElseThrow();
        assertThat(claimed.status()).isEqualTo(OutboxStatus.SENDING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(second).extracting(OutboxEntry::id).doesNotContain(id);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void transientFailureWaitsForNextAttempt(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        long id = outbox.enqueue(tenant, mail("notice:3", "kunde@example.org")).entry().id();
        Instant now = DatacenterFixture.NOW.plusSeconds(7200);
        outbox.claimDue(now, Set.of(OutboxChannel.EMAIL), 100);

        OutboxEntry failed = outbox.markFailed(tenant, id, "Connection refused", now.plusSeconds(60), now);

        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_TRANSIENT);
        assertThat(failed.lastError()).isEqualTo("Connection refused");
        assertThat(outbox.claimDue(now.plusSeconds(59), Set.of(OutboxChannel.EMAIL), 100))
                .extracting(OutboxEntry::id).doesNotContain(id);
        assertThat(outbox.claimDue(now.plusSeconds(60), Set.of(OutboxChannel.EMAIL), 100))
                .extracting(OutboxEntry::id).contains(id);
        assertThat(outbox.find(tenant, id).orElseThrow().attempts()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sentEntryWritesAuditEventWithMessageId(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        dc.ingestion.ingest(IngestionBatch.of(tenant, "erp", "erp-1",
                List.of(Records.debtor("d1"), Records.invoice("R-1", "d1", "100.00"))));
        long debtor = dc.debtors.findByExternalId(tenant, "erp", "d1").orElseThrow().id();
        long document = dc.documents.findByExternalId(tenant, "erp", "R-1").orElseThrow().id();
        NewOutboxEntry entry = new NewOutboxEntry("notice:4", OutboxChannel.POST, "Kunde GmbH\nHauptstr. 1\n50667 Köln",
                OutboxDocumentKind.DUNNING_LETTER, null, debtor, document, "de", "Mahnung", null, "m.pdf", PDF);
        long id = outbox.enqueue(tenant, entry).entry().id();

        OutboxEntry sent = outbox.markSent(tenant, id, "letter-abc", DatacenterFixture.NOW, "output:post");

        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.messageId()).isEqualTo("letter-abc");
        List<AuditEvent> events = dc.audit.forDocument(tenant, document);
        AuditEvent event = events.get(events.size() - 1);
        assertThat(event.type()).isEqualTo(AuditEventType.SENT);
        assertThat(event.debtorId()).isEqualTo(debtor);
        assertThat(event.details()).contains("letter-abc").doesNotContain("Köln");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void otherTenantSeesNothing(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId a = dc.newTenant();
        TenantId b = dc.newTenant();
        long id = outbox.enqueue(a, mail("notice:5", "kunde@example.org")).entry().id();

        assertThat(outbox.find(b, id)).isEmpty();
        assertThat(outbox.pdf(b, id)).isEmpty();
        assertThat(outbox.findAll(b, List.of(id))).isEmpty();
        assertThat(outbox.list(b, OutboxFilter.ALL, 0, 10).total()).isZero();
        assertThatThrownBy(() -> outbox.markSent(b, id, "x", DatacenterFixture.NOW, "test"))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void listFiltersAndPages(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(tenant, mail("notice:p" + i, "kunde@example.org"));
        }
        long failed = outbox.enqueue(tenant, mail("notice:p9", "kunde@example.org")).entry().id();
        outbox.markFailed(tenant, failed, "550 mailbox unavailable", null, DatacenterFixture.NOW);

        OutboxPage page = outbox.list(tenant, OutboxFilter.ALL, 2, 2);
        OutboxPage finalFailures = outbox.list(tenant, new OutboxFilter(OutboxStatus.FAILED_FINAL, null, null), 0, 10);

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.entries()).hasSize(2);
        assertThat(finalFailures.entries()).extracting(OutboxEntry::id).containsExactly(failed);
        assertThat(finalFailures.entries().get(0).lastError()).isEqualTo("550 mailbox unavailable");
        assertThatThrownBy(() -> outbox.list(tenant, OutboxFilter.ALL, 0, 0))
                .hasMessageContaining("limit 0");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void staleSendingBecomesFinal(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        long id = outbox.enqueue(tenant, mail("notice:6", "kunde@example.org")).entry().id();
        Instant claimedAt = DatacenterFixture.NOW.plusSeconds(10_000);
        outbox.claimDue(claimedAt, Set.of(OutboxChannel.EMAIL), 100);

        int abandoned = outbox.abandonStale(claimedAt.plusSeconds(1), "Unterbrochen");

        assertThat(abandoned).isGreaterThanOrEqualTo(1);
        assertThat(outbox.find(tenant, id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED_FINAL);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void requeueOnlyAfterFinalFailure(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        long id = outbox.enqueue(tenant, mail("notice:7", "kunde@example.org")).entry().id();

        assertThatThrownBy(() -> outbox.requeue(tenant, id, DatacenterFixture.NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QUEUED");
        outbox.markFailed(tenant, id, "no SMTP server", null, DatacenterFixture.NOW);
        OutboxEntry requeued = outbox.requeue(tenant, id, DatacenterFixture.NOW);

        assertThat(requeued.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(requeued.attempts()).isZero();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidEntriesAreRejected(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutboxStore outbox = new DefaultOutboxStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        NewOutboxEntry emptyPdf = new NewOutboxEntry("k", OutboxChannel.EMAIL, "a@example.org",
                OutboxDocumentKind.INVOICE, null, null, null, "de", "S", null, "f.pdf", new byte[0]);
        NewOutboxEntry badLanguage = new NewOutboxEntry("k", OutboxChannel.EMAIL, "a@example.org",
                OutboxDocumentKind.INVOICE, null, null, null, "deutsch", "S", null, "f.pdf", PDF);
        NewOutboxEntry unknownDebtor = new NewOutboxEntry("k", OutboxChannel.EMAIL, "a@example.org",
                OutboxDocumentKind.INVOICE, null, 987_654_321L, null, "de", "S", null, "f.pdf", PDF);

        assertThatThrownBy(() -> outbox.enqueue(tenant, emptyPdf)).hasMessageContaining("0 bytes");
        assertThatThrownBy(() -> outbox.enqueue(tenant, badLanguage)).hasMessageContaining("'deutsch'");
        assertThatThrownBy(() -> outbox.enqueue(tenant, unknownDebtor)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outbox.enqueue(TenantId.of("no-such-tenant"), mail("k", "a@example.org")))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void settingsAreReplacedPerChannel(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultOutputSettingsStore settings = new DefaultOutputSettingsStore(dc.persistence);
        TenantId tenant = dc.newTenant();

        settings.save(tenant, OutboxChannel.EMAIL, Map.of("host", "127.0.0.1", "port", "25"));
        settings.save(tenant, OutboxChannel.EMAIL, Map.of("host", "mail.local"));
        settings.save(tenant, OutboxChannel.POST, Map.of("apiUrl", "http://127.0.0.1:1"));

        assertThat(settings.load(tenant, OutboxChannel.EMAIL)).isEqualTo(Map.of("host", "mail.local"));
        assertThat(settings.load(tenant, OutboxChannel.POST)).containsEntry("apiUrl", "http://127.0.0.1:1");
        assertThat(settings.load(dc.newTenant(), OutboxChannel.EMAIL)).isEmpty();
    }
}
