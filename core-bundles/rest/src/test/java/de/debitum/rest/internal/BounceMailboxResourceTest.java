package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.model.TenantId;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.secret.SecretCipher;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.store.DefaultOutboxStore;
import de.debitum.datacenter.internal.store.DefaultOutputSettingsStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.output.internal.feedback.DefaultDeliveryFeedback;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;
import de.debitum.rest.internal.resources.ApiServices;
import de.debitum.testing.TestDatabase;

/** The bounce mailbox endpoints on the real datacenter and delivery feedback, called through the route table. */
class BounceMailboxResourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<TestDatabase.Kind, Hub> HUBS = new EnumMap<>(TestDatabase.Kind.class);
    private static final String PATH = "/output/bounce-mailbox";
    private static final String MAILBOX = """
            {"host": "imap.gruenwald-soehne.de", "port": 993, "tls": "TLS", "username": "bounces",
             "password": "imap-passwort-7", "folder": "INBOX/Bounces"}""";

    private record Hub(DefaultTenantStore tenants, DefaultOutputSettingsStore settings, Router router) {
    }

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.availableKinds();
    }

    private static synchronized Hub hub(TestDatabase.Kind kind) {
        return HUBS.computeIfAbsent(kind, key -> {
            DatacenterPersistence persistence = RouteCalls.persistence(key, CLOCK);
            DefaultTenantStore tenants = new DefaultTenantStore(persistence);
            DefaultOutputSettingsStore settings = new DefaultOutputSettingsStore(persistence);
            DefaultDeliveryFeedback feedback = new DefaultDeliveryFeedback(tenants, new DefaultOutboxStore(persistence),
                    settings, new SecretCipher(new byte[32]), CLOCK, defaultConfig());
            ApiServices services = new ApiServices(tenants, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, feedback, null, null, CLOCK, 0);
            return new Hub(tenants, settings, ApiApplication.routes(services));
        });
    }

    /** Returns the component's configuration with the default of every attribute. */
    private static DefaultDeliveryFeedback.Config defaultConfig() {
        return (DefaultDeliveryFeedback.Config) Proxy.newProxyInstance(BounceMailboxResourceTest.class.getClassLoader(),
                new Class<?>[] {DefaultDeliveryFeedback.Config.class}, (proxy, method, arguments) ->
                        method.getName().equals("annotationType") ? DefaultDeliveryFeedback.Config.class
                                : method.getDefaultValue());
    }

    private static TenantId newTenant(Hub hub) {
        TenantId tenant = TenantId.of("bm-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        hub.tenants().create(tenant, "Tenant " + tenant);
        return tenant;
    }

    private static JsonNode json(Hub hub, TenantId tenant, String method, String body) throws Exception {
        return Json.MAPPER.valueToTree(RouteCalls.handle(hub.router(), tenant, Role.TENANT_ADMIN, method, PATH, body));
    }

    /** Returns the German and the English message of a rejected PUT, which must be a 400. */
    private static LocalizedText rejection(Hub hub, TenantId tenant, String body) {
        ApiException error = catchThrowableOfType(() -> json(hub, tenant, "PUT", body), ApiException.class);
        assertThat(error).as(body).isNotNull();
        assertThat(error.status()).as(error.text().en()).isEqualTo(400);
        return error.text();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void noMailboxIsNotConfigured(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);

        JsonNode mailbox = json(hub, newTenant(hub), "GET", null);

        assertThat(mailbox.path("configured").asBoolean()).isFalse();
        assertThat(mailbox.has("host")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void savedMailboxIsShownWithoutPassword(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);

        JsonNode saved = json(hub, tenant, "PUT", MAILBOX);
        JsonNode read = json(hub, tenant, "GET", null);

        assertThat(read).isEqualTo(saved);
        assertThat(read.path("configured").asBoolean()).isTrue();
        assertThat(read.path("host").asText()).isEqualTo("imap.gruenwald-soehne.de");
        assertThat(read.path("port").asInt()).isEqualTo(993);
        assertThat(read.path("tls").asText()).isEqualTo("TLS");
        assertThat(read.path("username").asText()).isEqualTo("bounces");
        assertThat(read.path("folder").asText()).isEqualTo("INBOX/Bounces");
        assertThat(read.path("passwordSaved").asBoolean()).isTrue();
        assertThat(read.has("password")).isFalse();
        assertThat(read.toString()).doesNotContain("imap-passwort-7");
        assertThat(hub.settings().load(tenant, OutboxChannel.EMAIL).get("bounce.password"))
                .isNotBlank().doesNotContain("imap-passwort-7");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void saveWithoutPasswordKeepsSavedOne(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        json(hub, tenant, "PUT", MAILBOX);
        String encrypted = hub.settings().load(tenant, OutboxChannel.EMAIL).get("bounce.password");

        JsonNode saved = json(hub, tenant, "PUT",
                "{\"host\": \"imap.gruenwald-soehne.de\", \"port\": 143, \"tls\": \"starttls\", \"username\": \"bounces\"}");

        assertThat(saved.path("tls").asText()).isEqualTo("STARTTLS");
        assertThat(saved.path("port").asInt()).isEqualTo(143);
        assertThat(saved.path("folder").asText()).isEqualTo("INBOX");
        assertThat(saved.path("passwordSaved").asBoolean()).isTrue();
        assertThat(hub.settings().load(tenant, OutboxChannel.EMAIL).get("bounce.password")).isEqualTo(encrypted);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void firstSaveNeedsPassword(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);

        LocalizedText missing = rejection(hub, tenant,
                "{\"host\": \"imap.example.de\", \"port\": 993, \"tls\": \"TLS\", \"username\": \"bounces\"}");

        assertThat(missing.de()).isEqualTo(
                "Das IMAP-Passwort fehlt. Bitte beim ersten Speichern des Postfachs ein Passwort angeben.");
        assertThat(missing.en()).startsWith("The IMAP password is missing.");
        assertThat(json(hub, tenant, "GET", null).path("configured").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidValuesAreNamed(TestDatabase.Kind kind) {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        String rest = "\"username\": \"bounces\", \"password\": \"x\"";

        LocalizedText host = rejection(hub, tenant, "{\"host\": \"imap example\", \"port\": 993, " + rest + "}");
        LocalizedText port = rejection(hub, tenant, "{\"host\": \"imap.example.de\", \"port\": 70000, " + rest + "}");
        LocalizedText portText = rejection(hub, tenant, "{\"host\": \"imap.example.de\", \"port\": \"993\", " + rest + "}");
        LocalizedText tls = rejection(hub, tenant,
                "{\"host\": \"imap.example.de\", \"port\": 993, \"tls\": \"SSL\", " + rest + "}");
        LocalizedText folder = rejection(hub, tenant,
                "{\"host\": \"imap.example.de\", \"port\": 993, \"folder\": \"INBOX\\u0007\", " + rest + "}");
        LocalizedText user = rejection(hub, tenant, "{\"host\": \"imap.example.de\", \"port\": 993, \"password\": \"x\"}");
        LocalizedText unknown = rejection(hub, tenant, "{\"host\": \"imap.example.de\", \"port\": 993, \"ssl\": true, "
                + rest + "}");

        assertThat(host.de()).startsWith("Ungültiger IMAP-Server 'imap example'.");
        assertThat(host.en()).startsWith("Invalid IMAP host 'imap example'.");
        assertThat(port.de()).startsWith("Ungültiger IMAP-Port 70000.");
        assertThat(port.en()).startsWith("Invalid IMAP port 70000.");
        assertThat(portText.de()).startsWith("Das Feld 'port' fehlt oder ist keine ganze Zahl.");
        assertThat(tls.de()).isEqualTo("Ungültiger Wert 'SSL' für 'tls'. Erlaubt sind TLS, STARTTLS und NONE.");
        assertThat(tls.en()).isEqualTo("Invalid value 'SSL' for 'tls'. Use TLS, STARTTLS or NONE.");
        assertThat(folder.de()).startsWith("Der IMAP-Ordner enthält ein Steuerzeichen.");
        assertThat(folder.en()).startsWith("The IMAP folder contains a control character.");
        assertThat(user.de()).isEqualTo("Das Feld 'username' fehlt.");
        assertThat(unknown.de()).startsWith("Unbekanntes Feld 'ssl'.");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deleteRemovesMailboxAndPassword(TestDatabase.Kind kind) throws Exception {
        Hub hub = hub(kind);
        TenantId tenant = newTenant(hub);
        json(hub, tenant, "PUT", MAILBOX);

        JsonNode deleted = json(hub, tenant, "DELETE", null);

        assertThat(deleted.path("configured").asBoolean()).isFalse();
        assertThat(json(hub, tenant, "GET", null).path("configured").asBoolean()).isFalse();
        assertThat(hub.settings().load(tenant, OutboxChannel.EMAIL)).doesNotContainKeys("bounce.host", "bounce.password");
    }
}
