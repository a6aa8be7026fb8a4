package de.debitum.ui.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Typed calls of the hub's connector bundle endpoints, which only operators may use. */
public final class BundleApi {

    /** A connector type that a bundle registers, in the version the host runs. */
    public record BundleType(String id, String version) {
    }

    /** A connector instance of any tenant that uses one of the bundle's types, with the host's state of it. */
    public record BundleInstance(String tenant, String id, String typeId, String state) {
    }

    /**
     * An installed connector bundle. {@code state} is the OSGi state (INSTALLED, RESOLVED, STARTING,
     * ACTIVE, STOPPING); {@code previousVersion} is the version a rollback installs, or null.
     */
    public record ConnectorBundle(long id, String symbolicName, String version, String state, String location,
            String previousVersion, List<BundleType> types, List<BundleInstance> instances) {

        public ConnectorBundle {
            types = types == null ? List.of() : List.copyOf(types);
            instances = instances == null ? List.of() : List.copyOf(instances);
        }
    }

    private final HubApi api;
    private final HubClient client;
    private final Supplier<Locale> locale;

    public BundleApi(HubApi api, HubClient client, Supplier<Locale> locale) {
        this.api = api;
        this.client = client;
        this.locale = locale;
    }

    public List<ConnectorBundle> list() {
        return api.call(token -> client.get("bundles", Map.of(), token, locale.get(),
                new TypeReference<List<ConnectorBundle>>() { }));
    }

    /** Installs or upgrades a connector from a bundle jar or KAR; returns the installed bundles. */
    public List<ConnectorBundle> upload(String fileName, byte[] content) {
        Map<String, Object> query = fileName == null || fileName.isBlank() ? Map.of() : Map.of("name", fileName);
        return api.call(token -> client.postBytes("bundles", query, content, token, locale.get(),
                new TypeReference<List<ConnectorBundle>>() { }));
    }

    /** Installs the version uploaded before the current one; the hub returns 409 when none is stored. */
    public List<ConnectorBundle> rollBack(long bundleId) {
        return api.call(token -> client.postJson("bundles/" + bundleId + "/rollback", null, token, locale.get(),
                new TypeReference<List<ConnectorBundle>>() { }));
    }

    public void uninstall(long bundleId) {
        api.call(token -> {
            client.delete("bundles/" + bundleId, token, locale.get());
            return null;
        });
    }
}
