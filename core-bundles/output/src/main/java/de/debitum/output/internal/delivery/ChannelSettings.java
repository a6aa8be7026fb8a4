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

    /**
     * Saves the settings, encrypting secrets; a secret left out keeps its stored value. Keys with
     * a dot belong to a group that {@link #saveGroup} writes, such as {@code bounce.host}; they
     * are kept unless {@code plain} gives them.
     */
    public void save(TenantId tenant, OutboxChannel channel, Map<String, String> plain) {
        Map<String, String> stored = new HashMap<>(plain);
        Map<String, String> previous = store.load(tenant, channel);
        previous.forEach((key, value) -> {
            if (key.contains(".")) {
                stored.putIfAbsent(key, value);
            }
        });
        for (String key : secretKeys) {
            if (stored.containsKey(key)) {
                stored.put(key, cipher.encrypt(stored.get(key)));
            } else if (previous.containsKey(key)) {
                stored.put(key, previous.get(key));
            }
        }
        store.save(tenant, channel, stored);
    }

    /** Deletes the settings whose keys start with {@code prefix}, secrets included, and keeps the channel's others. */
    public void removeGroup(TenantId tenant, OutboxChannel channel, String prefix) {
        Map<String, String> stored = new HashMap<>(store.load(tenant, channel));
        if (stored.keySet().removeIf(key -> key.startsWith(prefix))) {
            store.save(tenant, channel, stored);
        }
    }

    /**
     * Replaces the settings whose keys start with {@code prefix}, such as {@code bounce.}, and keeps
     * the channel's other settings. Secrets are encrypted; a secret left out keeps its stored value.
     */
    public void saveGroup(TenantId tenant, OutboxChannel channel, String prefix, Map<String, String> plain) {
        Map<String, String> previous = store.load(tenant, channel);
        Map<String, String> stored = new HashMap<>();
        previous.forEach((key, value) -> {
            if (!key.startsWith(prefix) || secretKeys.contains(key) && !plain.containsKey(key)) {
                stored.put(key, value);
            }
        });
        plain.forEach((key, value) -> {
            if (!key.startsWith(prefix)) {
                throw new IllegalArgumentException("Setting '" + key + "' is not in group '" + prefix + "'.");
            }
            stored.put(key, secretKeys.contains(key) ? cipher.encrypt(value) : value);
        });
        store.save(tenant, channel, stored);
    }
}
