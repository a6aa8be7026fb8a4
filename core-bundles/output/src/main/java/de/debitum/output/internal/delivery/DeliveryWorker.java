package de.debitum.output.internal.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStore;

/**
 * Sends due outbox entries, one at a time on one thread. An entry is claimed before it is sent
 * and recorded right after, so two workers (or two hub nodes) never send the same entry. An
 * entry whose worker stopped mid-send is not sent again: whether it went out is unknown, so it
 * fails for good with a reason that asks the tenant to check.
 */
public final class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    static final String STALE_REASON = "Der Versand wurde unterbrochen; ob die Sendung angekommen ist, ist unbekannt."
            + " Bitte prüfen und den Versand bei Bedarf wiederholen. / Delivery was interrupted; whether it arrived is"
            + " unknown. Check, and retry the delivery if needed.";

    private final OutboxStore outbox;
    private final ChannelSettings settings;
    private final Map<OutboxChannel, DeliveryChannel> channels = new EnumMap<>(OutboxChannel.class);
    private final BackOff backOff;
    private final Clock clock;
    private final int batchSize;
    private final Duration staleAfter;
    private ScheduledExecutorService scheduler;

    public DeliveryWorker(OutboxStore outbox, ChannelSettings settings, List<DeliveryChannel> channels, BackOff backOff,
                          Clock clock, int batchSize, Duration staleAfter) {
        this.outbox = outbox;
        this.settings = settings;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.backOff = backOff;
        this.clock = clock;
        this.batchSize = batchSize;
        this.staleAfter = staleAfter;
    }

    /** Starts sending every {@code interval} on the worker's own thread. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "debitum-output-delivery");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::deliverLogged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("Output delivery worker started, sending due entries every {} s", interval.toSeconds());
    }

    /** Stops the worker, letting the entry in progress finish within {@code wait}. */
    public synchronized void stop(Duration wait) {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
                LOG.warn("Output delivery worker did not stop within {} s; an entry in progress stays SENDING and"
                        + " will be marked as interrupted", wait.toSeconds());
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler = null;
        LOG.info("Output delivery worker stopped");
    }

    private void deliverLogged() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // The database may be down; the next run tries again.
            LOG.warn("Output delivery run failed: {}", e.toString());
            LOG.debug("Output delivery run failure", e);
        }
    }

    /** Sends the entries due now and returns how many were tried. */
    public int deliverDue() {
        Instant now = clock.instant();
        int abandoned = outbox.abandonStale(now.minus(staleAfter), STALE_REASON);
        if (abandoned > 0) {
            LOG.warn("{} outbox entries were interrupted while sending and are marked FAILED_FINAL", abandoned);
        }
        List<OutboxEntry> due = outbox.claimDue(now, channels.keySet(), batchSize);
        for (OutboxEntry entry : due) {
            deliver(entry);
        }
        return due.size();
    }

    private void deliver(OutboxEntry entry) {
        DeliveryChannel channel = channels.get(entry.channel());
        try {
            byte[] pdf = outbox.pdf(entry.tenant(), entry.id()).orElseThrow(() -> DeliveryFailure.permanent(
                    "Das PDF des Eintrags fehlt.", "The entry's PDF is missing.", null));
            Map<String, String> values = loadSettings(entry);
            String messageId = channel.send(entry, pdf, values);
            outbox.markSent(entry.tenant(), entry.id(), messageId, clock.instant(),
                    "output:" + entry.channel().name().toLowerCase(java.util.Locale.ROOT));
            LOG.info("Outbox entry {} of tenant {} ({}) sent by {}, message id {}", entry.id(), entry.tenant(),
                    entry.documentKey(), entry.channel(), messageId);
        } catch (DeliveryFailure failure) {
            recordFailure(entry, failure);
        } catch (RuntimeException e) {
            LOG.debug("Unexpected failure sending outbox entry {}", entry.id(), e);
            recordFailure(entry, DeliveryFailure.transientFailure("Unerwarteter Fehler: " + e,
                    "Unexpected error: " + e, e));
        }
    }

    private Map<String, String> loadSettings(OutboxEntry entry) throws DeliveryFailure {
        try {
            return settings.load(entry.tenant(), entry.channel());
        } catch (IllegalArgumentException e) {
            throw DeliveryFailure.permanent("Ein gespeichertes Passwort lässt sich nicht entschlüsseln. Bitte die"
                            + " Zugangsdaten des Kanals neu speichern.",
                    "A stored secret cannot be decrypted. Save the channel's credentials again.", e);
        }
    }

    private void recordFailure(OutboxEntry entry, DeliveryFailure failure) {
        Instant now = clock.instant();
        Instant next = failure.isTransient() ? backOff.nextAttempt(entry.attempts(), now) : null;
        String reason = failure.reason();
        if (failure.isTransient() && next == null) {
            reason = "Aufgegeben nach " + entry.attempts() + " Versuchen. / Gave up after " + entry.attempts()
                    + " attempts. " + reason;
        }
        outbox.markFailed(entry.tenant(), entry.id(), reason, next, now);
        if (next != null) {
            LOG.warn("Outbox entry {} of tenant {} ({}) failed on attempt {}, retry at {}: {}", entry.id(),
                    entry.tenant(), entry.channel(), entry.attempts(), next, failure.getMessage());
        } else {
            LOG.warn("Outbox entry {} of tenant {} ({}) failed for good after {} attempts: {}", entry.id(),
                    entry.tenant(), entry.channel(), entry.attempts(), failure.getMessage());
        }
    }
}
