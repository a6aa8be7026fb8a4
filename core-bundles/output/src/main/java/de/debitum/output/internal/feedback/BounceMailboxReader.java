package de.debitum.output.internal.feedback;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStore;
import de.debitum.output.BounceMailboxSettings;
import de.debitum.output.TlsMode;

/**
 * Reads a tenant's bounce mailbox over IMAP. Each message that is neither seen nor checked is
 * parsed once: a bounce of one of the tenant's outbox e-mails marks the entry failed and the
 * message seen; any other message gets the keyword {@value #CHECKED} and stays unread for people.
 */
public final class BounceMailboxReader {

    private static final Logger LOG = LoggerFactory.getLogger(BounceMailboxReader.class);
    /** The IMAP keyword of messages that were read and are no bounce of ours. */
    static final String CHECKED = "$DebitumChecked";

    private final OutboxStore outbox;
    private final Clock clock;
    private final int timeoutMillis;
    private final int maxMessages;

    /** @param maxMessages the most messages read in one poll; the rest wait for the next */
    public BounceMailboxReader(OutboxStore outbox, Clock clock, int timeoutMillis, int maxMessages) {
        this.outbox = outbox;
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
        this.maxMessages = maxMessages;
    }

    /**
     * Reads the mailbox and returns how many deliveries were recorded as failed.
     *
     * @throws MessagingException when the mailbox cannot be opened
     */
    public int poll(TenantId tenant, BounceMailboxSettings settings) throws MessagingException {
        // Jakarta Mail finds its IMAP provider through the context class loader; inside OSGi that
        // must be the loader of the bundle that contains Jakarta Mail.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        String protocol = settings.tls() == TlsMode.TLS ? "imaps" : "imap";
        try (Store store = Session.getInstance(properties(protocol, settings)).getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                return read(tenant, folder);
            } finally {
                folder.close(false);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private int read(TenantId tenant, Folder folder) throws MessagingException {
        Flags checked = new Flags(CHECKED);
        Message[] fresh = folder.search(new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
                new FlagTerm(checked, false)));
        int failed = 0;
        int count = Math.min(fresh.length, maxMessages);
        for (int i = 0; i < count; i++) {
            Message message = fresh[i];
            Optional<Bounce> bounce;
            try {
                bounce = BounceParser.parse(message);
            } catch (MessagingException | IOException | RuntimeException e) {
                LOG.warn("Message {} in the bounce mailbox of tenant {} cannot be read and is skipped: {}",
                        message.getMessageNumber(), tenant, e.toString());
                bounce = Optional.empty();
            }
            if (bounce.isPresent() && record(tenant, bounce.get())) {
                failed++;
                message.setFlag(Flags.Flag.SEEN, true);
            } else {
                message.setFlags(checked, true);
            }
        }
        if (fresh.length > count) {
            LOG.info("Bounce mailbox of tenant {} has {} more new messages; the next poll reads them",
                    tenant, fresh.length - count);
        }
        return failed;
    }

    /** Marks the bounced entry failed; returns false when the bounce names no sent entry of the tenant. */
    private boolean record(TenantId tenant, Bounce bounce) {
        Matcher id = BounceParser.OUTBOX_MESSAGE_ID.matcher(bounce.messageId());
        if (!id.matches() || !id.group(2).equals(tenant.value())) {
            LOG.warn("Bounce in the mailbox of tenant {} names message {} of another tenant; ignored", tenant,
                    bounce.messageId());
            return false;
        }
        long entryId = Long.parseLong(id.group(1));
        Optional<OutboxEntry> entry = outbox.find(tenant, entryId);
        if (entry.isEmpty() || entry.get().channel() != OutboxChannel.EMAIL
                || !bounce.messageId().equalsIgnoreCase(entry.get().messageId())) {
            LOG.warn("Bounce in the mailbox of tenant {} names message {}, which no sent outbox e-mail has; ignored",
                    tenant, bounce.messageId());
            return false;
        }
        Optional<OutboxEntry> marked = outbox.markUndelivered(tenant, entryId, bounce.reason(), clock.instant(),
                "output:bounce");
        if (marked.isEmpty()) {
            LOG.info("Bounce for outbox entry {} of tenant {} arrived again; already recorded", entryId, tenant);
            return true;
        }
        LOG.warn("Outbox entry {} of tenant {} ({}) bounced: status {}, {}", entryId, tenant,
                entry.get().documentKey(), bounce.status(), bounce.diagnostic());
        return true;
    }

    private Properties properties(String protocol, BounceMailboxSettings settings) {
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "timeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "writetimeout", String.valueOf(timeoutMillis));
        // Reading a message must not mark it seen: only bounces of ours get that flag.
        properties.put(prefix + "peek", "true");
        if (settings.tls() == TlsMode.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.tls() != TlsMode.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
