package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.connector.ConfigField;
import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.model.TenantId;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** The connector catalogue and a tenant's connector instances. Secret values never leave the hub. */
public final class ConnectorResource {

    /** Prefix of values that the connector host stored encrypted. */
    private static final String ENCRYPTED_PREFIX = "{aes-gcm}";
    private static final int MAX_CONFIG_ENTRIES = 50;

    private final ApiServices services;

    public ConnectorResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/connector-types", Access.AUTHENTICATED, 200,
                "Installed connector types with version and field descriptions", this::types);
        router.add("GET", "/tenants/{t}/connectors", Access.TENANT_READ, 200, "The tenant's instances with status",
                this::list);
        router.add("GET", "/tenants/{t}/connectors/{id}", Access.TENANT_READ, 200, "One instance with status", this::get);
        router.add("GET", "/tenants/{t}/connectors/{id}/config", Access.TENANT_ADMIN, 200,
                "An instance's configuration; secret values are empty", this::getConfig);
        router.addWithBody("PUT", "/tenants/{t}/connectors/{id}/config", Access.TENANT_ADMIN, 200,
                "Create or change an instance from {typeId, enabled, configuration}", this::putConfig);
        router.add("POST", "/tenants/{t}/connectors/{id}/enable", Access.TENANT_ADMIN, 200, "Enable an instance",
                request -> setEnabled(request, true));
        router.add("POST", "/tenants/{t}/connectors/{id}/disable", Access.TENANT_ADMIN, 200, "Disable an instance",
                request -> setEnabled(request, false));
        router.add("POST", "/tenants/{t}/connectors/{id}/test", Access.TENANT_ADMIN, 200,
                "Test the connection of an instance with its stored configuration", this::test);
        router.add("POST", "/tenants/{t}/connectors/{id}/run", Access.TENANT_ADMIN, 200,
                "Make a running instance read its source now; 409 when it does not run", this::run);
    }

    private Object types(ApiRequest request) {
        List<Object> result = new ArrayList<>();
        for (ConnectorTypeInfo type : services.host().types()) {
            List<Object> fields = new ArrayList<>();
            for (ConfigField field : type.configFields()) {
                fields.add(Json.object("key", field.key(), "label", text(field.label()), "type", field.type().name(),
                        "required", field.required(), "defaultValue", field.defaultValue(), "secret", field.secret(),
                        "pattern", field.pattern(), "choices", field.choices(), "help", text(field.help())));
            }
            result.add(Json.object("id", type.id(), "version", type.version(), "bundle", type.bundle(),
                    "displayName", text(type.displayName()),
                    "provides", type.provides().stream().map(Enum::name).sorted().toList(), "fields", fields));
        }
        return result;
    }

    private Object list(ApiRequest request) {
        TenantId tenant = request.tenant();
        List<Object> result = new ArrayList<>();
        for (ConnectorInstance instance : services.instances().list(tenant)) {
            result.add(view(instance, status(tenant, instance.id())));
        }
        return result;
    }

    private Object get(ApiRequest request) {
        ConnectorInstance instance = instance(request);
        return view(instance, status(request.tenant(), instance.id()));
    }

    private Object getConfig(ApiRequest request) {
        return configView(instance(request));
    }

    private Object putConfig(ApiRequest request) throws Exception {
        TenantId tenant = request.tenant();
        String id = request.path("id");
        JsonNode body = request.json();
        String typeId = Json.requiredText(body, "typeId", 100);
        boolean enabled = Json.optionalBoolean(body, "enabled", false);
        JsonNode configuration = body.path("configuration");
        if (!configuration.isObject() && !configuration.isMissingNode()) {
            throw ApiException.badRequest("Das Feld 'configuration' muss ein JSON-Objekt sein.",
                    "The field 'configuration' must be a JSON object.");
        }
        if (configuration.size() > MAX_CONFIG_ENTRIES) {
            throw ApiException.badRequest("Zu viele Konfigurationswerte (" + configuration.size() + "), höchstens "
                    + MAX_CONFIG_ENTRIES + ".", "Too many configuration values (" + configuration.size() + "), at most "
                    + MAX_CONFIG_ENTRIES + ".");
        }

        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = configuration.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw ApiException.badRequest("Der Wert von '" + entry.getKey() + "' muss Text, Zahl oder true/false sein.",
                        "The value of '" + entry.getKey() + "' must be a string, number or boolean.");
            }
            values.put(entry.getKey(), value.asText());
        }

        Optional<ConnectorInstance> existing = services.instances().find(tenant, id);
        if (existing.isEmpty() && services.instances().listAll().stream().anyMatch(other -> other.id().equals(id))) {
            throw ApiException.conflict("Die Id '" + id + "' gehört schon zu einem anderen Mandanten. Bitte eine andere wählen.",
                    "The id '" + id + "' belongs to another tenant. Choose another id.");
        }
        if (services.host().types().stream().noneMatch(type -> type.id().equals(typeId))) {
            throw ApiException.badRequest("Der Connector-Typ '" + typeId + "' ist nicht installiert; GET /api/v1/connector-types"
                    + " nennt die installierten.", "Connector type '" + typeId + "' is not installed; GET"
                    + " /api/v1/connector-types lists the installed ones.");
        }
        services.host().configure(tenant, id, typeId, values, enabled);
        return configView(services.instances().find(tenant, id).orElseThrow());
    }

    private Object setEnabled(ApiRequest request, boolean enabled) {
        ConnectorInstance instance = instance(request);
        services.host().setEnabled(request.tenant(), instance.id(), enabled);
        ConnectorInstance changed = services.instances().find(request.tenant(), instance.id()).orElseThrow();
        return view(changed, status(request.tenant(), instance.id()));
    }

    private Object test(ApiRequest request) {
        ConnectorInstance instance = instance(request);
        ConnectionTestResult result = services.host().testConnection(request.tenant(), instance.id());
        return Json.object("successful", result.successful(), "message", result.message().in(request.locale()));
    }

    private Object run(ApiRequest request) {
        ConnectorInstance instance = instance(request);
        TenantId tenant = request.tenant();
        try {
            return view(instance, services.host().runNow(tenant, instance.id()));
        } catch (IllegalStateException e) {
            InstanceStatus status = status(tenant, instance.id());
            String state = status == null ? "STARTING" : status.state().name();
            String error = status == null || status.lastError() == null ? "" : " " + status.lastError();
            throw ApiException.conflict("Die Instanz '" + instance.id() + "' läuft nicht (" + state + ") und kann ihre"
                            + " Quelle nicht sofort lesen. Bitte sie aktivieren oder ihren Fehler beheben." + error,
                    "Instance '" + instance.id() + "' does not run (" + state + ") and cannot read its source now."
                            + " Enable it or fix its error first." + error);
        }
    }

    private ConnectorInstance instance(ApiRequest request) {
        String id = request.path("id");
        return services.instances().find(request.tenant(), id).orElseThrow(() -> ApiException.notFound(
                "Connector-Instanz '" + id + "' nicht gefunden.", "Connector instance '" + id + "' not found."));
    }

    private InstanceStatus status(TenantId tenant, String instanceId) {
        return services.host().statuses(tenant).stream().filter(status -> status.instanceId().equals(instanceId))
                .findFirst().orElse(null);
    }

    private Map<String, Object> configView(ConnectorInstance instance) {
        Set<String> secretKeys = new TreeSet<>();
        services.host().types().stream().filter(type -> type.id().equals(instance.typeId())).findFirst()
                .ifPresent(type -> type.configFields().stream().filter(ConfigField::secret)
                        .forEach(field -> secretKeys.add(field.key())));
        Map<String, Object> configuration = new java.util.TreeMap<>();
        List<String> secretsSet = new ArrayList<>();
        for (Map.Entry<String, String> entry : instance.configuration().entrySet()) {
            boolean secret = secretKeys.contains(entry.getKey()) || entry.getValue().startsWith(ENCRYPTED_PREFIX);
            configuration.put(entry.getKey(), secret ? "" : entry.getValue());
            if (secret && !entry.getValue().isEmpty()) {
                secretsSet.add(entry.getKey());
            }
        }
        return Json.object("id", instance.id(), "typeId", instance.typeId(), "enabled", instance.enabled(),
                "configuration", configuration, "secretsSet", secretsSet);
    }

    static Map<String, Object> view(ConnectorInstance instance, InstanceStatus status) {
        return Json.object("id", instance.id(), "typeId", instance.typeId(),
                "typeVersion", status == null ? null : status.typeVersion(), "enabled", instance.enabled(),
                "state", status == null ? null : status.state().name(),
                "lastRun", status == null ? null : text(status.lastRun()),
                "lastSuccess", status == null ? null : text(status.lastSuccess()),
                "recordsLastRun", status == null ? 0 : status.recordsLastRun(),
                "recordsTotal", status == null ? 0 : status.recordsTotal(),
                "lastError", status == null ? null : status.lastError(),
                "lastErrorAt", status == null ? null : text(status.lastErrorAt()),
                "nextAttempt", status == null ? null : text(status.nextAttempt()),
                "lastFileRejection", status == null ? null : ReceivablesResource.view(status.lastFileRejection()));
    }

    private static Map<String, Object> text(LocalizedText text) {
        return text == null ? null : Json.object("de", text.de(), "en", text.en());
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
