package de.debitum.output.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.datacenter.internal.ingest.DefaultIngestionService;
import de.debitum.datacenter.internal.store.DefaultCompanyProfileStore;
import de.debitum.datacenter.internal.store.DefaultDebtorStore;
import de.debitum.datacenter.internal.store.DefaultDocumentStore;
import de.debitum.datacenter.internal.store.DefaultReceivablesQueries;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.ReadResult;
import de.debitum.einvoice.writer.EInvoiceWriter;
import de.debitum.einvoice.writer.OutgoingInvoice;
import de.debitum.api.output.InvoiceSendSettings;
import de.debitum.output.MailSettings;
import de.debitum.api.output.PlannedInvoice;
import de.debitum.output.TlsMode;
import de.debitum.output.internal.invoice.DefaultInvoiceSending;

/** Sending imported invoices on the real store: off by default, preview first, each invoice once. */
class InvoiceSendingTest {

    private OutputFixture fixture;
    private GreenMail greenMail;
    private DefaultIngestionService ingestion;
    private DefaultDocumentStore documents;
    private DefaultInvoiceSending sending;

    @BeforeEach
    void setUp() {
        fixture = new OutputFixture();
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        fixture.service.configureMail(fixture.tenant, new MailSettings("127.0.0.1", greenMail.getSmtp().getPort(),
                TlsMode.NONE, null, null, "buchhaltung@gruenwald-soehne.de", "Grünwald & Söhne Buchhaltung", null));
        DefaultCompanyProfileStore companies = new DefaultCompanyProfileStore(fixture.persistence);
        companies.save(fixture.tenant, new CompanyProfile("Grünwald & Söhne Maschinenbau GmbH", "Industriestraße 12",
                "70565", "Stuttgart", "DE", "buchhaltung@gruenwald-soehne.de", null, "DE89370400440532013000",
                "COBADEFFXXX", "Commerzbank", "DE811234567", "Amtsgericht Stuttgart", "HRB 12345", List.of("Anna Grünwald"),
                null), "test");
        ingestion = new DefaultIngestionService(fixture.persistence);
        documents = new DefaultDocumentStore(fixture.persistence);
        sending = new DefaultInvoiceSending(documents, new DefaultDebtorStore(fixture.persistence), companies,
                new DefaultReceivablesQueries(fixture.persistence), fixture.outbox, fixture.settings, fixture.service,
                fixture.clock, Runnable::run);
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
        fixture.close();
    }

    private static DebtorData debtor(String id, String name, String email) {
        return new DebtorData(id, "K-" + id, name, new PostalAddress("Schloßstraße 7", null, "50667", "Köln", "DE"),
                email, "de", false, null, null, List.of());
    }

    /** Returns an invoice as a CSV source delivers it: totals and VAT lines, no file. */
    private static DocumentData csvInvoice(String number, String debtorId, LocalDate issued) {
        Money net19 = Money.euro("1000.00");
        Money net7 = Money.euro("200.00");
        return new DocumentData(number, debtorId, DocumentKind.INVOICE, number, issued, issued.plusDays(14), null, null,
                Money.EUR, List.of(new VatLine("S", new BigDecimal("19.00"), net19, Money.euro("190.00")),
                new VatLine("S", new BigDecimal("7.00"), net7, Money.euro("14.00"))), Money.euro("1404.00"), null,
                null, null, null, null, true);
    }

    private static DocumentData zugferdInvoice(String number, String debtorId, LocalDate issued, byte[] pdf) {
        Money net = Money.euro("500.00");
        return new DocumentData(number, debtorId, DocumentKind.INVOICE, number, issued, issued.plusDays(14), null, null,
                Money.EUR, List.of(new VatLine("S", new BigDecimal("19.00"), net, Money.euro("95.00"))),
                Money.euro("595.00"), null, null, null, null, OriginalDocument.of(number + ".pdf", "application/pdf", pdf),
                true);
    }

    private static byte[] zugferdPdf(String number) {
        OutgoingInvoice.Party seller = new OutgoingInvoice.Party("Grünwald & Söhne Maschinenbau GmbH", "Industriestraße 12",
                "70565", "Stuttgart", "DE", null, "DE811234567", null, "DE89370400440532013000", null);
        OutgoingInvoice.Party buyer = new OutgoingInvoice.Party("Café Süß", "Domplatz 1", "50667", "Köln", "DE", null,
                null, null, null, null);
        return new EInvoiceWriter("test").write(new OutgoingInvoice(number, false, LocalDate.of(2026, 11, 25), null, null,
                "EUR", seller, buyer, List.of(new OutgoingInvoice.Line("Wartung", BigDecimal.ONE, "C62",
                new BigDecimal("500.00"), "S", new BigDecimal("19"))), null, null, null, null));
    }

    private IngestionBatch importBatch(List<CanonicalRecord> records) {
        IngestionBatch batch = IngestionBatch.of(fixture.tenant, "erp", "erp-1", records);
        ImportReport report = ingestion.ingest(batch);
        sending.batchStored(batch, report);
        return batch;
    }

    private long documentId(String number) {
        return documents.findByExternalId(fixture.tenant, "erp", number).orElseThrow().id();
    }

    private List<OutboxEntry> outbox() {
        return fixture.outbox.list(fixture.tenant, new OutboxFilter(null, null, null), 0, 100).entries();
    }

    @Test
    void importSendsNothingWhileOff() {
        importBatch(List.of(debtor("d-1", "Bäckerei Müller GmbH", "einkauf@baeckerei-mueller.de"),
                csvInvoice("RE-1", "d-1", LocalDate.of(2026, 11, 20))));

        assertThat(sending.settings(fixture.tenant)).isEqualTo(new InvoiceSendSettings(false, null));
        assertThat(outbox()).isEmpty();
    }

    @Test
    void previewListsWhatWouldGoOut() {
        byte[] original = zugferdPdf("RE-3");
        importBatch(List.of(debtor("d-1", "Bäckerei Müller GmbH", "einkauf@baeckerei-mueller.de"),
                debtor("d-2", "Schreinerei Holz", null), debtor("d-3", "Café Süß", "kasse@cafe-suess.de"),
                csvInvoice("RE-1", "d-1", LocalDate.of(2026, 11, 20)),
                csvInvoice("RE-2", "d-2", LocalDate.of(2026, 11, 21)),
                zugferdInvoice("RE-3", "d-3", LocalDate.of(2026, 11, 25), original),
                csvInvoice("RE-0", "d-1", LocalDate.of(2026, 9, 1))));

        List<PlannedInvoice> preview = sending.preview(fixture.tenant, 30, 100);

        assertThat(preview).extracting(PlannedInvoice::number).containsExactly("RE-3", "RE-2", "RE-1");
        PlannedInvoice zugferd = preview.get(0);
        assertThat(zugferd.form()).isEqualTo(PlannedInvoice.Form.ORIGINAL);
        assertThat(zugferd.channel()).isEqualTo(OutboxChannel.EMAIL);
        assertThat(zugferd.recipient()).isEqualTo("kasse@cafe-suess.de");
        PlannedInvoice noAddress = preview.get(1);
        assertThat(noAddress.sendable()).isFalse();
        assertThat(noAddress.problem()).contains("keine E-Mail-Adresse").contains("no e-mail address");
        PlannedInvoice csv = preview.get(2);
        assertThat(csv.form()).isEqualTo(PlannedInvoice.Form.GENERATED);
        assertThat(csv.debtorName()).isEqualTo("Bäckerei Müller GmbH");
        assertThat(csv.outboxEntryId()).isNull();
        assertThat(outbox()).isEmpty();
    }

    @Test
    void optInSendsLaterImportsOnce() throws Exception {
        importBatch(List.of(debtor("d-1", "Bäckerei Müller GmbH", "einkauf@baeckerei-mueller.de"),
                csvInvoice("RE-1", "d-1", LocalDate.of(2026, 11, 20))));
        fixture.clock.advance(Duration.ofMinutes(1));
        InvoiceSendSettings on = sending.configure(fixture.tenant, true, "anna");
        fixture.clock.advance(Duration.ofMinutes(1));

        importBatch(List.of(debtor("d-1", "Bäckerei Müller GmbH", "einkauf@baeckerei-mueller.de"),
                csvInvoice("RE-1", "d-1", LocalDate.of(2026, 11, 20)),
                csvInvoice("RE-4", "d-1", LocalDate.of(2026, 12, 1))));

        assertThat(on.sendOnImport()).isTrue();
        assertThat(sending.settings(fixture.tenant).enabledSince()).isEqualTo(on.enabledSince());
        List<OutboxEntry> queued = outbox();
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).documentKey()).isEqualTo("invoice:" + documentId("RE-4"));
        assertThat(queued.get(0).documentId()).isEqualTo(documentId("RE-4"));

        fixture.service.deliverDue();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Rechnung").contains("RE-4");
        BodyPart attachment = ((Multipart) received[0].getContent()).getBodyPart(1);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(pdf);
        try (EInvoiceReader reader = new EInvoiceReader()) {
            ReadResult read = reader.read(attachment.getFileName(), pdf.toByteArray());
            assertThat(read).isInstanceOf(ReadResult.Accepted.class);
            InvoiceRecord invoice = ((ReadResult.Accepted) read).invoice();
            assertThat(invoice.number()).isEqualTo("RE-4");
            assertThat(invoice.totals().amountDue().amount()).isEqualByComparingTo("1404.00");
            assertThat(invoice.seller().vatId()).isEqualTo("DE811234567");
            assertThat(invoice.vatBreakdown()).hasSize(2);
        }
    }

    @Test
    void originalEInvoiceGoesOutUnchanged() {
        byte[] original = zugferdPdf("RE-3");
        importBatch(List.of(debtor("d-3", "Café Süß", "kasse@cafe-suess.de"),
                zugferdInvoice("RE-3", "d-3", LocalDate.of(2026, 11, 25), original)));

        List<PlannedInvoice> sent = sending.send(fixture.tenant, List.of(documentId("RE-3")));

        assertThat(sent.get(0).form()).isEqualTo(PlannedInvoice.Form.ORIGINAL);
        assertThat(fixture.service.document(fixture.tenant, sent.get(0).outboxEntryId())).isEqualTo(original);
    }

    @Test
    void sendingTwiceKeepsOneEntry() {
        importBatch(List.of(debtor("d-1", "Bäckerei Müller GmbH", "einkauf@baeckerei-mueller.de"),
                csvInvoice("RE-1", "d-1", LocalDate.of(2026, 11, 20))));
        long id = documentId("RE-1");

        PlannedInvoice first = sending.send(fixture.tenant, List.of(id)).get(0);
        PlannedInvoice second = sending.send(fixture.tenant, List.of(id)).get(0);

        assertThat(first.outboxEntryId()).isNotNull();
        assertThat(second.outboxEntryId()).isEqualTo(first.outboxEntryId());
        assertThat(outbox()).hasSize(1);
        assertThat(sending.preview(fixture.tenant, 30, 100)).isEmpty();
    }

    @Test
    void missingVatIdStopsOnlyThatInvoice() {
        DefaultCompanyProfileStore companies = new DefaultCompanyProfileStore(fixture.persistence);
        companies.save(fixture.tenant, new CompanyProfile("Grünwald & Söhne Maschinenbau GmbH", "Industriestraße 12",
                "70565", "Stuttgart", "DE", null, null, "DE89370400440532013000", null, null, null, null, null, null,
                null), "test");
        byte[] original = zugferdPdf("RE-3");
        importBatch(List.of(debtor("d-1", "Bäckerei Müller GmbH", "einkauf@baeckerei-mueller.de"),
                debtor("d-3", "Café Süß", "kasse@cafe-suess.de"),
                csvInvoice("RE-1", "d-1", LocalDate.of(2026, 11, 20)),
                zugferdInvoice("RE-3", "d-3", LocalDate.of(2026, 11, 25), original)));

        List<PlannedInvoice> sent = sending.send(fixture.tenant, List.of(documentId("RE-1"), documentId("RE-3")));

        assertThat(sent.get(0).sendable()).isFalse();
        assertThat(sent.get(0).problem()).contains("USt-IdNr.").contains("VAT id");
        assertThat(sent.get(1).outboxEntryId()).isNotNull();
    }

    @Test
    void previewRejectsInvalidRange() {
        assertThatThrownBy(() -> sending.preview(fixture.tenant, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 days");
        assertThatThrownBy(() -> sending.preview(fixture.tenant, 30, 501))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("501");
    }
}
