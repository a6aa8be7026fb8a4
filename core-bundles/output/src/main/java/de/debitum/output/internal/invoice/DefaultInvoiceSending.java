package de.debitum.output.internal.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.ingest.ImportListener;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.ingest.IngestionBatch;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.Enqueued;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.output.OutputSettingsStore;
import de.debitum.api.query.DocumentFilter;
import de.debitum.api.query.DocumentSort;
import de.debitum.api.query.DocumentStatus;
import de.debitum.api.query.DocumentSummary;
import de.debitum.api.query.Page;
import de.debitum.api.query.ReceivablesQueries;
import de.debitum.api.store.DebtorStore;
import de.debitum.api.store.DocumentStore;
import de.debitum.api.store.NotFoundException;
import de.debitum.einvoice.writer.EInvoiceWriter;
import de.debitum.einvoice.writer.OutgoingInvoice;
import de.debitum.output.DocumentRequest;
import de.debitum.api.output.InvoiceSendSettings;
import de.debitum.api.output.InvoiceSending;
import de.debitum.output.OutputException;
import de.debitum.output.OutputService;
import de.debitum.api.output.PlannedInvoice;

/**
 * Sends imported invoices: plans each (channel, recipient, original or generated PDF), lists the
 * plans as a preview, and puts them into the outbox, on request or after each import once the
 * tenant turned sending on import on. The setting is stored with the e-mail channel's settings
 * under {@code invoices.*}.
 */
@Component(service = {InvoiceSending.class, ImportListener.class}, immediate = true)
public class DefaultInvoiceSending implements InvoiceSending, ImportListener {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultInvoiceSending.class);
    static final String SEND_ON_IMPORT = "invoices.sendOnImport";
    static final String ENABLED_SINCE = "invoices.enabledSince";
    /** The prefix of an invoice's outbox run key, one key per document, so the outbox finds an invoice's deliveries. */
    static final String RUN_KEY_PREFIX = "invoice:";

    private final DocumentStore documents;
    private final DebtorStore debtors;
    private final CompanyProfileStore companies;
    private final ReceivablesQueries queries;
    private final OutboxStore outbox;
    private final OutputSettingsStore settingsStore;
    private final OutputService output;
    private final Clock clock;
    private final EInvoiceWriter writer = new EInvoiceWriter("Debitum");
    private final Executor importWork;

    @Activate
    public DefaultInvoiceSending(@Reference DocumentStore documents, @Reference DebtorStore debtors,
                                 @Reference CompanyProfileStore companies, @Reference ReceivablesQueries queries,
                                 @Reference OutboxStore outbox, @Reference OutputSettingsStore settingsStore,
                                 @Reference OutputService output) {
        this(documents, debtors, companies, queries, outbox, settingsStore, output, Clock.systemUTC(),
                Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "debitum-invoice-sending");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /** @param importWork runs the sending after an import; tests pass {@code Runnable::run} */
    public DefaultInvoiceSending(DocumentStore documents, DebtorStore debtors, CompanyProfileStore companies,
                                 ReceivablesQueries queries, OutboxStore outbox, OutputSettingsStore settingsStore,
                                 OutputService output, Clock clock, Executor importWork) {
        this.documents = documents;
        this.debtors = debtors;
        this.companies = companies;
        this.queries = queries;
        this.outbox = outbox;
        this.settingsStore = settingsStore;
        this.output = output;
        this.clock = clock;
        this.importWork = importWork;
    }

    @Deactivate
    public void stop() throws InterruptedException {
        if (importWork instanceof ExecutorService executor) {
            executor.shutdown();
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Invoice sending did not finish within 30 s; invoices of the last import may not be queued");
                executor.shutdownNow();
            }
        }
    }

    @Override
    public InvoiceSendSettings settings(TenantId tenant) {
        Map<String, String> values = settingsStore.load(tenant, OutboxChannel.EMAIL);
        boolean on = Boolean.parseBoolean(values.get(SEND_ON_IMPORT));
        String since = values.get(ENABLED_SINCE);
        return new InvoiceSendSettings(on, on && since != null ? Instant.parse(since) : null);
    }

    @Override
    public InvoiceSendSettings configure(TenantId tenant, boolean sendOnImport, String actor) {
        InvoiceSendSettings current = settings(tenant);
        if (current.sendOnImport() == sendOnImport) {
            return current;
        }
        Map<String, String> values = new java.util.HashMap<>(settingsStore.load(tenant, OutboxChannel.EMAIL));
        values.keySet().removeIf(key -> key.startsWith("invoices."));
        values.put(SEND_ON_IMPORT, String.valueOf(sendOnImport));
        Instant now = clock.instant();
        if (sendOnImport) {
            values.put(ENABLED_SINCE, now.toString());
        }
        settingsStore.save(tenant, OutboxChannel.EMAIL, values);
        LOG.info("Sending invoices on import {} for tenant {} by {}", sendOnImport ? "turned on" : "turned off",
                tenant, actor);
        return new InvoiceSendSettings(sendOnImport, sendOnImport ? now : null);
    }

    @Override
    public List<PlannedInvoice> preview(TenantId tenant, int days, int limit) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("Invalid period of " + days + " days: use 1 to 366.");
        }
        if (limit < 1 || limit > MAX_PREVIEW) {
            throw new IllegalArgumentException("Invalid limit " + limit + ": use 1 to " + MAX_PREVIEW + ".");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin"));
        LocalDate from = today.minusDays(days);
        Optional<CompanyProfile> company = companies.find(tenant);
        boolean post = hasPostProvider(tenant);
        List<PlannedInvoice> plans = new ArrayList<>();
        DocumentFilter filter = new DocumentFilter(null, null, null, DocumentSort.ISSUE_DATE, true, today);
        for (int page = 0; plans.size() < limit; page++) {
            Page<DocumentSummary> found = queries.documents(tenant, filter, page, 100);
            for (DocumentSummary summary : found.items()) {
                if (summary.issueDate().isBefore(from)) {
                    return plans;
                }
                if (summary.status() == DocumentStatus.PAID || alreadyQueued(tenant, summary.id()).isPresent()) {
                    continue;
                }
                documents.find(tenant, summary.id()).ifPresent(document ->
                        plans.add(plan(tenant, document, company, post, false).plan()));
                if (plans.size() >= limit) {
                    return plans;
                }
            }
            if (found.items().size() < 100) {
                break;
            }
        }
        return plans;
    }

    @Override
    public List<PlannedInvoice> send(TenantId tenant, List<Long> documentIds) {
        if (documentIds.size() > MAX_PREVIEW) {
            throw new IllegalArgumentException("Too many invoices (" + documentIds.size() + ") at once: give at most "
                    + MAX_PREVIEW + ".");
        }
        Optional<CompanyProfile> company = companies.find(tenant);
        boolean post = hasPostProvider(tenant);
        List<PlannedInvoice> results = new ArrayList<>();
        for (long id : documentIds) {
            ReceivableDocument document = documents.find(tenant, id).orElseThrow(() -> new NotFoundException(
                    "Document " + id + " not found for tenant " + tenant));
            results.add(sendOne(tenant, document, company, post));
        }
        return results;
    }

    @Override
    public void batchStored(IngestionBatch batch, ImportReport report) {
        if (report.created() == 0 || !batch.records().stream().anyMatch(DocumentData.class::isInstance)) {
            return;
        }
        importWork.execute(() -> sendImported(batch));
    }

    /** Sends the new invoices of an import batch when the tenant turned sending on import on. */
    private void sendImported(IngestionBatch batch) {
        TenantId tenant = batch.tenant();
        try {
            InvoiceSendSettings settings = settings(tenant);
            if (!settings.sendOnImport()) {
                return;
            }
            Optional<CompanyProfile> company = companies.find(tenant);
            boolean post = hasPostProvider(tenant);
            int queued = 0;
            int failed = 0;
            for (CanonicalRecord record : batch.records()) {
                if (!(record instanceof DocumentData data)) {
                    continue;
                }
                Optional<ReceivableDocument> document = documents.findByExternalId(tenant, batch.source(), data.externalId());
                // Only invoices stored after sending was turned on, because earlier ones may have gone out by other means.
                if (document.isEmpty() || document.get().createdAt().isBefore(settings.enabledSince())) {
                    continue;
                }
                PlannedInvoice result = sendOne(tenant, document.get(), company, post);
                if (result.sendable()) {
                    queued++;
                } else {
                    failed++;
                    LOG.warn("Invoice {} of tenant {} from import batch {} not sent: {}", result.number(), tenant,
                            batch.instanceId(), result.problem());
                }
            }
            LOG.info("Import of instance {} for tenant {}: {} invoices queued for sending, {} not sendable",
                    batch.instanceId(), tenant, queued, failed);
        } catch (RuntimeException e) {
            LOG.warn("Sending the invoices of import instance {} for tenant {} failed: {}", batch.instanceId(), tenant,
                    e.toString());
            LOG.debug("Invoice sending failure", e);
        }
    }

    private PlannedInvoice sendOne(TenantId tenant, ReceivableDocument document, Optional<CompanyProfile> company,
                                   boolean post) {
        Optional<OutboxEntry> existing = alreadyQueued(tenant, document.id());
        if (existing.isPresent()) {
            OutboxEntry entry = existing.get();
            return new PlannedInvoice(document.id(), document.data().number(), null, entry.channel(), entry.recipient(),
                    null, entry.id(), null);
        }
        Plan plan = plan(tenant, document, company, post, true);
        if (!plan.plan().sendable()) {
            return plan.plan();
        }
        PlannedInvoice planned = plan.plan();
        try {
            Enqueued enqueued = output.enqueue(tenant, new DocumentRequest("invoice:" + document.id(), planned.channel(),
                    planned.channel() == OutboxChannel.EMAIL ? planned.recipient() : null, plan.postalLines(),
                    OutboxDocumentKind.INVOICE, document.data().number(), company.map(CompanyProfile::companyName)
                    .orElse(planned.debtorName()), plan.language(), RUN_KEY_PREFIX + document.id(),
                    document.debtorId(), document.id(), plan.pdf()));
            return new PlannedInvoice(planned.documentId(), planned.number(), planned.debtorName(), planned.channel(),
                    planned.recipient(), planned.form(), enqueued.entry().id(), null);
        } catch (OutputException e) {
            return problem(document, planned.debtorName(), e.bilingualMessage());
        }
    }

    private Optional<OutboxEntry> alreadyQueued(TenantId tenant, long documentId) {
        return outbox.list(tenant, new OutboxFilter(null, null, RUN_KEY_PREFIX + documentId), 0, 1).entries().stream()
                .findFirst();
    }

    private boolean hasPostProvider(TenantId tenant) {
        return settingsStore.load(tenant, OutboxChannel.POST).containsKey("apiUrl");
    }

    /** A plan and, when {@code render} is set and it is sendable, the PDF to send. */
    private record Plan(PlannedInvoice plan, List<String> postalLines, String language, byte[] pdf) {
    }

    private Plan plan(TenantId tenant, ReceivableDocument document, Optional<CompanyProfile> company, boolean post,
                      boolean render) {
        DocumentData data = document.data();
        Optional<Debtor> debtor = debtors.find(tenant, document.debtorId());
        if (debtor.isEmpty()) {
            return new Plan(problem(document, null, "Schuldner " + document.debtorId() + " fehlt. / Debtor "
                    + document.debtorId() + " is missing."), List.of(), null, null);
        }
        DebtorData debtorData = debtor.get().data();
        String name = debtorData.name();
        if (data.kind() != DocumentKind.INVOICE && data.kind() != DocumentKind.CREDIT_NOTE) {
            return new Plan(problem(document, name, "Belege der Art " + data.kind() + " werden nicht automatisch"
                    + " versandt. / Documents of kind " + data.kind() + " are not sent automatically."), List.of(), null, null);
        }
        List<String> postalLines = postalLines(debtorData);
        OutboxChannel channel;
        String recipient;
        if (debtorData.email() != null && !debtorData.email().isBlank()) {
            channel = OutboxChannel.EMAIL;
            recipient = debtorData.email().strip();
        } else if (post && postalLines.size() >= 2) {
            channel = OutboxChannel.POST;
            recipient = String.join(", ", postalLines);
        } else {
            return new Plan(problem(document, name, "Der Schuldner hat keine E-Mail-Adresse, und " + (post
                    ? "seine Postanschrift ist unvollständig." : "kein Postdienstleister ist eingerichtet.")
                    + " / The debtor has no e-mail address, and " + (post ? "the postal address is incomplete."
                    : "no post provider is set up.")), List.of(), null, null);
        }
        // The store leaves the original out of found documents, and only structured sources can carry an e-invoice.
        OriginalDocument originalFile = data.safeSource() ? documents.original(tenant, document.id()).orElse(null) : null;
        boolean original = InvoiceDocuments.isEInvoicePdf(data, originalFile);
        PlannedInvoice.Form form = original ? PlannedInvoice.Form.ORIGINAL : PlannedInvoice.Form.GENERATED;
        if (!original && company.isEmpty()) {
            return new Plan(problem(document, name, "Für die E-Rechnung fehlt das Firmenprofil des Mandanten. Bitte"
                    + " die Firmendaten speichern. / The tenant's company profile, which the e-invoice needs, is"
                    + " missing. Save the company data."), List.of(), null, null);
        }
        byte[] pdf = null;
        try {
            if (original) {
                pdf = render ? originalFile.content() : null;
            } else {
                // Built even for the preview, so that it shows missing data the sending would meet.
                OutgoingInvoice invoice = InvoiceDocuments.outgoing(data, debtorData, company.get());
                pdf = render ? writer.write(invoice) : null;
            }
        } catch (OutputException e) {
            return new Plan(problem(document, name, e.bilingualMessage()), List.of(), null, null);
        } catch (IllegalArgumentException e) {
            return new Plan(problem(document, name, "Die E-Rechnung lässt sich nicht erzeugen: " + e.getMessage()
                    + " / The e-invoice cannot be generated: " + e.getMessage()), List.of(), null, null);
        }
        PlannedInvoice plan = new PlannedInvoice(document.id(), data.number(), name, channel, recipient, form, null, null);
        return new Plan(plan, postalLines, debtorData.language(), pdf);
    }

    private static List<String> postalLines(DebtorData debtor) {
        PostalAddress address = debtor.address();
        List<String> lines = new ArrayList<>();
        if (address == null || address.postalCode() == null || address.city() == null) {
            return lines;
        }
        lines.add(debtor.name());
        if (address.line1() != null) {
            lines.add(address.line1());
        }
        if (address.line2() != null) {
            lines.add(address.line2());
        }
        lines.add(address.postalCode() + " " + address.city());
        if (address.countryCode() != null && !"DE".equalsIgnoreCase(address.countryCode())) {
            lines.add(address.countryCode());
        }
        return lines;
    }

    private static PlannedInvoice problem(ReceivableDocument document, String debtorName, String reason) {
        return new PlannedInvoice(document.id(), document.data().number(), debtorName, null, null, null, null, reason);
    }
}
