package de.debitum.output.internal.delivery;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.Enqueued;
import de.debitum.api.output.NewOutboxEntry;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.output.OutputSettingsStore;
import de.debitum.api.secret.SecretCipher;
import de.debitum.api.store.NotFoundException;
import de.debitum.output.DocumentRequest;
import de.debitum.output.LetterDelivery;
import de.debitum.output.MailSettings;
import de.debitum.output.OutputException;
import de.debitum.output.OutputService;
import de.debitum.output.PostSettings;
import de.debitum.output.PrintBatch;
import de.debitum.output.internal.mail.MailSettingsCodec;
import de.debitum.output.internal.mail.MailTexts;
import de.debitum.output.internal.mail.SmtpChannel;
import de.debitum.output.internal.post.PostProviderChannel;
import de.debitum.output.internal.post.PostSettingsCodec;
import de.debitum.output.internal.print.PrintBatchWriter;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.output.letter.LetterLanguage;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.RenderedLetter;

/** The outbox service: validates requests, stores them, and runs the delivery worker. */
@Component(service = OutputService.class, immediate = true, configurationPid = "de.debitum.output")
@Designate(ocd = DefaultOutputService.Config.class)
public class DefaultOutputService implements OutputService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultOutputService.class);

    public static final int MAX_PRINT_BATCH = MAX_PRINT_BATCH_LETTERS;

    @ObjectClassDefinition(name = "Debitum output delivery")
    public @interface Config {

        @AttributeDefinition(description = "Seconds between two runs of the delivery worker")
        int pollIntervalSeconds() default 30;

        @AttributeDefinition(description = "Maximum entries the worker sends in one run")
        int batchSize() default 50;

        @AttributeDefinition(description = "Seconds before the first retry of a failed delivery; each further retry waits four times longer")
        int firstRetryDelaySeconds() default 60;

        @AttributeDefinition(description = "Maximum seconds between two retries")
        int maxRetryDelaySeconds() default 21600;

        @AttributeDefinition(description = "Attempts before a delivery fails for good")
        int maxAttempts() default 8;

        @AttributeDefinition(description = "Seconds an SMTP connection or a provider request may take")
        int sendTimeoutSeconds() default 60;

        @AttributeDefinition(description = "Minutes after which an entry still being sent counts as interrupted")
        int staleAfterMinutes() default 30;
    }

    private final OutboxStore outbox;
    private final ChannelSettings settings;
    private final DunningLetterRenderer renderer;
    private final DeliveryWorker worker;
    private final Clock clock;

    @Activate
    public DefaultOutputService(@Reference OutboxStore outbox, @Reference OutputSettingsStore settingsStore,
                                @Reference DunningLetterRenderer renderer, Config config) {
        // NOTE: this reads DEBITUM_SECRET_KEY or etc/debitum-secret.key; a secretKeyFile set for the
        // connector host alone is not used here.
        this(outbox, settingsStore, renderer, SecretCipher.loadForHub(), Clock.systemUTC(), config);
        worker.start(Duration.ofSeconds(Math.max(1, config.pollIntervalSeconds())));
    }

    /** Creates a service without the background worker; tests call {@link #deliverDue()}. */
    public DefaultOutputService(OutboxStore outbox, OutputSettingsStore settingsStore, DunningLetterRenderer renderer,
                                SecretCipher cipher, Clock clock, Config config) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.clock = clock;
        this.settings = new ChannelSettings(settingsStore, cipher,
                Set.of(MailSettingsCodec.PASSWORD, PostSettingsCodec.CLIENT_SECRET));
        Duration timeout = Duration.ofSeconds(Math.max(1, config.sendTimeoutSeconds()));
        BackOff backOff = new BackOff(Duration.ofSeconds(config.firstRetryDelaySeconds()),
                Duration.ofSeconds(config.maxRetryDelaySeconds()), config.maxAttempts());
        this.worker = new DeliveryWorker(outbox, settings,
                List.of(new SmtpChannel((int) timeout.toMillis()), new PostProviderChannel(timeout)),
                backOff, clock, Math.max(1, config.batchSize()), Duration.ofMinutes(Math.max(1, config.staleAfterMinutes())));
    }

    @Deactivate
    public void stop() {
        worker.stop(Duration.ofSeconds(30));
    }

    @Override
    public Enqueued enqueue(TenantId tenant, DocumentRequest request) {
        return enqueue(tenant, request, null);
    }

    @Override
    public Enqueued enqueueDunningLetter(TenantId tenant, DunningLetterData letter, LetterTexts texts,
                                         LetterDelivery delivery) {
        if (delivery.channel() == OutboxChannel.EMAIL && delivery.emailAddress() == null) {
            throw new OutputException("Für den Versand per E-Mail fehlt die E-Mail-Adresse des Schuldners zu Mahnung "
                    + letter.noticeNumber() + ".", "Dunning notice " + letter.noticeNumber()
                    + " goes by e-mail but the debtor's e-mail address is missing.");
        }
        RenderedLetter rendered = renderer.render(letter, texts);
        DocumentRequest request = new DocumentRequest("dunning-notice:" + letter.noticeNumber(), delivery.channel(),
                delivery.emailAddress(), letter.recipient().allLines(), OutboxDocumentKind.DUNNING_LETTER,
                letter.noticeNumber(), letter.letterhead().companyName(), rendered.language().tag(), delivery.runKey(),
                delivery.debtorId(), delivery.documentId(), rendered.pdf());
        return enqueue(tenant, request, MailTexts.dunningTitle(letter.mahnstufe(), rendered.language()));
    }

    private Enqueued enqueue(TenantId tenant, DocumentRequest request, String title) {
        LetterLanguage language = LetterLanguage.forDebtor(request.language());
        String number = Requests.text("Dokumentnummer", "document number", request.documentNumber(), 100);
        String sender = Requests.text("Absendername", "sender name", request.senderName(), 200);
        MailTexts texts = MailTexts.of(request.kind(), language, title, number, sender);
        String recipient = request.channel() == OutboxChannel.EMAIL
                ? MailSettingsCodec.debtorAddress(request.emailAddress())
                : Requests.postalAddress(request.postalAddress());
        try {
            Enqueued result = outbox.enqueue(tenant, new NewOutboxEntry(
                    Requests.text("Dokumentschlüssel", "document key", request.documentKey(), 200), request.channel(),
                    recipient, request.kind(), request.runKey(), request.debtorId(), request.documentId(),
                    language.tag(), texts.subject(), request.channel() == OutboxChannel.EMAIL ? texts.body() : null,
                    Requests.fileName(texts.subject(), number), Requests.pdf(request.pdf())));
            if (result.created()) {
                LOG.info("Outbox entry {} of tenant {} queued: {} by {}", result.entry().id(), tenant,
                        request.documentKey(), request.channel());
            }
            return result;
        } catch (IllegalArgumentException e) {
            throw new OutputException("Ungültiger Versandauftrag: " + e.getMessage(), e.getMessage());
        }
    }

    @Override
    public int deliverDue() {
        return worker.deliverDue();
    }

    @Override
    public OutboxEntry retry(TenantId tenant, long entryId) {
        try {
            OutboxEntry entry = outbox.requeue(tenant, entryId, clock.instant());
            LOG.info("Outbox entry {} of tenant {} queued again", entryId, tenant);
            return entry;
        } catch (IllegalStateException e) {
            throw new OutputException("Eintrag " + entryId + " ist nicht endgültig fehlgeschlagen und kann nicht wiederholt werden.",
                    e.getMessage());
        }
    }

    @Override
    public OutboxPage outbox(TenantId tenant, OutboxFilter filter, int offset, int limit) {
        return outbox.list(tenant, filter, offset, limit);
    }

    @Override
    public byte[] document(TenantId tenant, long entryId) {
        return outbox.pdf(tenant, entryId).orElseThrow(() -> new NotFoundException(
                "Outbox entry " + entryId + " not found for tenant " + tenant));
    }

    @Override
    public PrintBatch printBatch(TenantId tenant, String runKey, OutputStream out) {
        List<OutboxEntry> letters = printLetters(tenant, runKey, MAX_PRINT_BATCH);
        if (letters.isEmpty()) {
            throw new OutputException("Der Lauf '" + runKey + "' hat keine Briefe zum Selbstdrucken.",
                    "Run '" + runKey + "' has no letters to print.");
        }
        if (letters.size() > MAX_PRINT_BATCH) {
            throw new OutputException("Der Lauf '" + runKey + "' hat mehr als " + MAX_PRINT_BATCH
                    + " Briefe; bitte in Teilen über die Eintrags-IDs drucken.", "Run '" + runKey + "' has more than "
                    + MAX_PRINT_BATCH + " letters; print it in parts by entry ids.");
        }
        return writeBatch(tenant, letters, "print-" + runKey, out);
    }

    @Override
    public List<List<Long>> printBatchParts(TenantId tenant, String runKey) {
        List<Long> ids = printLetters(tenant, runKey, Integer.MAX_VALUE).stream().map(OutboxEntry::id).toList();
        return parts(ids, MAX_PRINT_BATCH);
    }

    /**
     * Reads the run's print letters in the order the run created them, and stops reading once
     * more than {@code stopAfter} are read.
     */
    private List<OutboxEntry> printLetters(TenantId tenant, String runKey, int stopAfter) {
        List<OutboxEntry> letters = new ArrayList<>();
        OutboxFilter filter = new OutboxFilter(null, OutboxChannel.PRINT, runKey);
        for (int offset = 0; ; offset += 500) {
            OutboxPage page = outbox.list(tenant, filter, offset, 500);
            letters.addAll(page.entries());
            if (page.entries().size() < 500 || letters.size() > stopAfter) {
                break;
            }
        }
        // The outbox lists newest first.
        Collections.reverse(letters);
        return letters;
    }

    /** Splits the ids into consecutive parts of at most {@code size}. */
    static List<List<Long>> parts(List<Long> ids, int size) {
        List<List<Long>> parts = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += size) {
            parts.add(List.copyOf(ids.subList(start, Math.min(ids.size(), start + size))));
        }
        return parts;
    }

    @Override
    public PrintBatch printBatch(TenantId tenant, List<Long> entryIds, OutputStream out) {
        if (entryIds.isEmpty() || entryIds.size() > MAX_PRINT_BATCH) {
            throw new OutputException("Ein Druckstapel umfasst 1 bis " + MAX_PRINT_BATCH + " Einträge, nicht " + entryIds.size() + ".",
                    "A print batch takes 1 to " + MAX_PRINT_BATCH + " entries, not " + entryIds.size() + ".");
        }
        List<OutboxEntry> entries = outbox.findAll(tenant, entryIds);
        if (entries.isEmpty()) {
            throw new OutputException("Keiner der Einträge " + entryIds + " gehört zum Mandanten " + tenant + ".",
                    "None of the entries " + entryIds + " exists for tenant " + tenant + ".");
        }
        // The first entry's id keeps apart the batch ids of parts of one run written in the same second.
        return writeBatch(tenant, entries, "print-selection-" + entries.get(0).id(), out);
    }

    private PrintBatch writeBatch(TenantId tenant, List<OutboxEntry> entries, String prefix, OutputStream out) {
        String batchId = prefix + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                .format(clock.instant());
        int pages = PrintBatchWriter.write(entries.stream().map(OutboxEntry::id).toList(),
                id -> document(tenant, id), out);
        for (OutboxEntry entry : entries) {
            if (entry.channel() == OutboxChannel.PRINT && entry.status() == OutboxStatus.QUEUED) {
                outbox.markSent(tenant, entry.id(), batchId, clock.instant(), "output:print");
            }
        }
        LOG.info("Print batch {} of tenant {} written: {} letters, {} pages", batchId, tenant, entries.size(), pages);
        return new PrintBatch(batchId, entries.stream().map(OutboxEntry::id).toList(), pages);
    }

    @Override
    public void configureMail(TenantId tenant, MailSettings mail) {
        settings.save(tenant, OutboxChannel.EMAIL, MailSettingsCodec.encode(mail));
        LOG.info("E-mail settings of tenant {} saved: {}", tenant, mail);
    }

    @Override
    public void configurePost(TenantId tenant, PostSettings post) {
        settings.save(tenant, OutboxChannel.POST, PostSettingsCodec.encode(post));
        LOG.info("Post provider settings of tenant {} saved: {}", tenant, post);
    }
}
