package de.debitum.output.internal.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.output.OutboxStore;
import de.debitum.output.PostSettings;
import de.debitum.output.internal.delivery.DeliveryFailure;

/**
 * Asks the post provider for the state of the tenant's letters sent in the last days and records
 * each letter in a failure state as a failed delivery, with the provider's state and reason.
 */
public final class PostStatusReader {

    private static final Logger LOG = LoggerFactory.getLogger(PostStatusReader.class);
    private static final int PAGE = 100;
    /** Maximum number of letters checked per tenant and poll. The newest are checked first. */
    static final int MAX_LETTERS = 2000;

    private final PostProviderChannel provider;
    private final OutboxStore outbox;
    private final Clock clock;
    private final Duration window;
    private final Set<String> failureStates;

    /**
     * @param window        how long after sending a letter's state is still asked for
     * @param failureStates the provider's letter states that mean the letter will not arrive, lower case
     */
    public PostStatusReader(PostProviderChannel provider, OutboxStore outbox, Clock clock, Duration window,
                            Set<String> failureStates) {
        this.provider = provider;
        this.outbox = outbox;
        this.clock = clock;
        this.window = window;
        this.failureStates = Set.copyOf(failureStates);
    }

    /** Checks the tenant's recent letters and returns how many were recorded as failed. */
    public int poll(TenantId tenant, Map<String, String> storedSettings) {
        Optional<PostSettings> settings = PostSettingsCodec.decode(storedSettings);
        if (settings.isEmpty()) {
            return 0;
        }
        Instant since = clock.instant().minus(window);
        // Collected first: recording a failure takes the entry out of the SENT list being paged.
        List<OutboxEntry> letters = new ArrayList<>();
        OutboxFilter filter = new OutboxFilter(OutboxStatus.SENT, OutboxChannel.POST, null);
        for (int offset = 0; letters.size() < MAX_LETTERS; offset += PAGE) {
            OutboxPage page = outbox.list(tenant, filter, offset, PAGE);
            for (OutboxEntry entry : page.entries()) {
                if (entry.sentAt() != null && entry.messageId() != null && !entry.sentAt().isBefore(since)) {
                    letters.add(entry);
                }
            }
            if (page.entries().size() < PAGE) {
                break;
            }
        }
        String token = null;
        int failed = 0;
        for (OutboxEntry entry : letters) {
            try {
                if (token == null) {
                    token = provider.accessToken(settings.get());
                }
                failed += check(tenant, entry, provider.letter(settings.get(), token, entry.messageId()));
            } catch (DeliveryFailure e) {
                // The next poll requests the state again, because an unreachable provider tells nothing about the letter.
                LOG.warn("Letter state of outbox entry {} of tenant {} (letter {}) not read: {}", entry.id(), tenant,
                        entry.messageId(), e.getMessage());
                if (token == null) {
                    return failed;
                }
            }
        }
        return failed;
    }

    private int check(TenantId tenant, OutboxEntry entry, JsonNode letter) {
        JsonNode attributes = letter.path("data").path("attributes");
        String state = attributes.path("status").asText("").toLowerCase(Locale.ROOT);
        if (!failureStates.contains(state)) {
            return 0;
        }
        // NOTE: the reason fields are read as a JSON:API provider may name them; a provider that
        // gives none leaves only the state in the reason.
        String detail = firstText(attributes, "status_reason", "reason", "status_detail");
        String shown = detail == null ? state : state + ": " + detail;
        String reason = "Der Postdienstleister meldet den Brief " + entry.messageId() + " als '" + shown
                + "'. / The post provider reports letter " + entry.messageId() + " as '" + shown + "'.";
        Optional<OutboxEntry> marked = outbox.markUndelivered(tenant, entry.id(), reason, clock.instant(), "output:post-status");
        if (marked.isPresent()) {
            LOG.warn("Outbox entry {} of tenant {} ({}) failed after sending: letter {} is {}", entry.id(), tenant,
                    entry.documentKey(), entry.messageId(), shown);
            return 1;
        }
        return 0;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = node.path(field).asText("");
            if (!value.isBlank()) {
                return value.length() > 300 ? value.substring(0, 300) : value;
            }
        }
        return null;
    }
}
