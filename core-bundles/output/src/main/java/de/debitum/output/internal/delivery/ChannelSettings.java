package de.debitum.output.internal.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutputSettingsStore;
import de.debitum.api.secret.SecretCipher;

/** A tenant's channel settings with their secrets encrypted in the store and decrypted on loading. */
public final class ChannelSettings {

    private final OutputSettingsStore store;
    private final SecretCipher cipher;
    private final Set<String> secretKeys;

    /** @param secretKeys the setting names whose values are stored encrypted */
    public ChannelSettings(OutputSettingsStore store, SecretCipher cipher, Set<String> secretKeys) {
        this.store = store;
        this.cipher = cipher;
        this.secretKeys = Set.copyOf(secretKeys);
    }

    /**
     * Returns the settings with secrets decrypted.
     *
     * @throws IllegalArgumentException when a secret was encrypted with another key
     */
    public Map<String, String> load(TenantId tenant, OutboxChannel channel) {
        Map<String, String> values = new HashMap<>(store.load(tenant, channel));
        values.replaceAll((key, value) -> secretKeys.contains(key) && SecretCipher.isEncrypted(value)
                ? cipher.decrypt(value) : value);
        return values;
    }

    /** Saves the settings, encrypting secrets; a secret left out keeps its stored value. */
    public void save(TenantId tenant, OutboxChannel channel, Map<String, String> plain) {
        Map<String, String> stored = new HashMap<>(plain);
        Map<String, String> previous = store.load(tenant, channel);
        for (String key : secretKeys) {
            if (stored.containsKey(key)) {
                stored.put(key, cipher.encrypt(stored.get(key)));
            } else if (previous.containsKey(key)) {
                stored.put(key, previous.get(key));
            }
        }
        store.save(tenant, channel, stored);
    }
}
