package de.debitum.api.output;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * The per-tenant settings of the delivery channels, such as the SMTP server or the post
 * provider's account. Values are stored as given: the caller encrypts secrets before saving.
 */
@ProviderType
public interface OutputSettingsStore {

    /** Returns the tenant's settings of a channel, empty when none are saved. */
    Map<String, String> load(TenantId tenant, OutboxChannel channel);

    /**
     * Replaces the tenant's settings of a channel.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     * @throws IllegalArgumentException when a key or value is empty or too long
     */
    void save(TenantId tenant, OutboxChannel channel, Map<String, String> settings);
}
