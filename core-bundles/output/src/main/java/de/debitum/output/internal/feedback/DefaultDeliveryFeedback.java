package de.debitum.output.internal.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.MessagingException;

import de.debitum.api.model.Tenant;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxStore;
import de.debitum.api.output.OutputSettingsStore;
import de.debitum.api.secret.SecretCipher;
import de.debitum.api.store.TenantStore;
import de.debitum.output.BounceMailboxSettings;
import de.debitum.output.DeliveryFeedback;
import de.debitum.output.OutputException;
import de.debitum.output.SavedBounceMailbox;
import de.debitum.output.internal.delivery.ChannelSettings;
import de.debitum.output.internal.mail.MailSettingsCodec;
import de.debitum.output.internal.post.PostProviderChannel;
import de.debitum.output.internal.post.PostSettingsCodec;
import de.debitum.output.internal.post.PostStatusReader;

/** Polls the tenants' bounce mailboxes and the post provider's letter states on its own thread. */
@Component(service = DeliveryFeedback.class, immediate = true, configurationPid = "de.debitum.output.feedback")
@Designate(ocd = DefaultDeliveryFeedback.Config.class)
public class DefaultDeliveryFeedback implements DeliveryFeedback {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDeliveryFeedback.class);

    @ObjectClassDefinition(name = "Debitum delivery feedback")
    public @interface Config {

        @AttributeDefinition(description = "Seconds between two polls of the bounce mailboxes and the post provider")
        int pollIntervalSeconds() default 300;

        @AttributeDefinition(description = "Maximum messages read from one bounce mailbox in one poll")
        int maxMessagesPerPoll() default 200;

        @AttributeDefinition(description = "Days after sending during which a letter's state is asked for")
        int postStatusDays() default 30;

        @AttributeDefinition(description = "Comma-separated letter states of the post provider that mean the letter will not arrive")
        String postFailureStates() default "rejected,failed,invalid,undeliverable,cancelled";

        @AttributeDefinition(description = "Seconds an IMAP connection or a provider request may take")
        int timeoutSeconds() default 60;
    }

    private final TenantStore tenants;
    private final OutputSettingsStore settingsStore;
    private final ChannelSettings settings;
    private final BounceMailboxReader bounces;
    private final PostStatusReader letters;
    private ScheduledExecutorService scheduler;

    @Activate
    public DefaultDeliveryFeedback(@Reference TenantStore tenants, @Reference OutboxStore outbox,
                                   @Reference OutputSettingsStore settingsStore, Config config) {
        this(tenants, outbox, settingsStore, SecretCipher.loadForHub(), Clock.systemUTC(), config);
        start(Duration.ofSeconds(Math.max(10, config.pollIntervalSeconds())));
    }

    /** Creates the service without its background thread; tests call the poll methods. */
    public DefaultDeliveryFeedback(TenantStore tenants, OutboxStore outbox, OutputSettingsStore settingsStore,
                                   SecretCipher cipher, Clock clock, Config config) {
        this.tenants = tenants;
        this.settingsStore = settingsStore;
        this.settings = new ChannelSettings(settingsStore, cipher,
                Set.of(MailSettingsCodec.PASSWORD, BounceSettingsCodec.PASSWORD, PostSettingsCodec.CLIENT_SECRET));
        Duration timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        this.bounces = new BounceMailboxReader(outbox, clock, (int) timeout.toMillis(), Math.max(1, config.maxMessagesPerPoll()));
        Set<String> failureStates = Arrays.stream(config.postFailureStates().split(","))
                .map(state -> state.strip().toLowerCase(Locale.ROOT)).filter(state -> !state.isEmpty())
                .collect(Collectors.toSet());
        this.letters = new PostStatusReader(new PostProviderChannel(timeout), outbox, clock,
                Duration.ofDays(Math.max(1, config.postStatusDays())), failureStates);
    }

    private synchronized void start(Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "debitum-delivery-feedback");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::pollLogged, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Delivery feedback worker started, polling every {} s", interval.toSeconds());
    }

    @Deactivate
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            LOG.info("Delivery feedback worker stopped");
        }
    }

    private void pollLogged() {
        try {
            pollBounces();
            pollPostStatus();
        } catch (RuntimeException e) {
            // The database may be down; the next run tries again.
            LOG.warn("Delivery feedback poll failed: {}", e.toString());
            LOG.debug("Delivery feedback poll failure", e);
        }
    }

    @Override
    public void configureBounceMailbox(TenantId tenant, BounceMailboxSettings mailbox) {
        Map<String, String> values = BounceSettingsCodec.encode(mailbox);
        if (mailbox.password() == null
                && !settingsStore.load(tenant, OutboxChannel.EMAIL).containsKey(BounceSettingsCodec.PASSWORD)) {
            throw new OutputException("Das IMAP-Passwort fehlt. Bitte beim ersten Speichern des Postfachs ein Passwort angeben.",
                    "The IMAP password is missing. Give one when you save the mailbox for the first time.");
        }
        settings.saveGroup(tenant, OutboxChannel.EMAIL, BounceSettingsCodec.PREFIX, values);
        LOG.info("Bounce mailbox of tenant {} saved: {}", tenant, mailbox);
    }

    @Override
    public Optional<SavedBounceMailbox> bounceMailbox(TenantId tenant) {
        // Read without decrypting: the password stays in the store, and a key change does not hide the mailbox.
        Map<String, String> stored = new HashMap<>(settingsStore.load(tenant, OutboxChannel.EMAIL));
        boolean passwordSaved = stored.remove(BounceSettingsCodec.PASSWORD) != null;
        return BounceSettingsCodec.decode(stored).map(mailbox -> new SavedBounceMailbox(mailbox, passwordSaved));
    }

    @Override
    public void clearBounceMailbox(TenantId tenant) {
        settings.removeGroup(tenant, OutboxChannel.EMAIL, BounceSettingsCodec.PREFIX);
        LOG.info("Bounce mailbox of tenant {} deleted", tenant);
    }

    @Override
    public int pollBounces() {
        int failed = 0;
        for (Tenant tenant : tenants.list()) {
            Optional<BounceMailboxSettings> mailbox = load(tenant.id(), OutboxChannel.EMAIL).flatMap(BounceSettingsCodec::decode);
            if (mailbox.isEmpty()) {
                continue;
            }
            try {
                failed += bounces.poll(tenant.id(), mailbox.get());
            } catch (MessagingException e) {
                LOG.warn("Bounce mailbox {} of tenant {} cannot be read: {}", mailbox.get(), tenant.id(), e.toString());
            }
        }
        return failed;
    }

    @Override
    public int pollPostStatus() {
        int failed = 0;
        for (Tenant tenant : tenants.list()) {
            Optional<Map<String, String>> post = load(tenant.id(), OutboxChannel.POST);
            if (post.isPresent()) {
                failed += letters.poll(tenant.id(), post.get());
            }
        }
        return failed;
    }

    private Optional<Map<String, String>> load(TenantId tenant, OutboxChannel channel) {
        try {
            return Optional.of(settings.load(tenant, channel));
        } catch (IllegalArgumentException e) {
            LOG.warn("A stored secret of the {} settings of tenant {} cannot be decrypted; save the settings again",
                    channel, tenant);
            return Optional.empty();
        }
    }
}
