package de.debitum.connectorhost.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;

import de.debitum.api.connector.Capability;
import de.debitum.api.connector.ConfigField;
import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.ConnectorType;
import de.debitum.api.connector.FieldType;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.model.PaymentData;
import de.debitum.api.money.Money;

/**
 * A connector for tests: every {@code *.txt} file in the configured folder contains one payment as
 * {@code externalId;amount}; the file moves to {@code .done} after the payment is stored. A file
 * without the semicolon is rejected as a whole and moves to {@code .done} too.
 */
class FileDropConnectorType implements ConnectorType {

    static final String ACCOUNT = "DE89370400440532013000";

    private final String id;
    private final long pollDelayMillis;
    /** Values of the secret field the routes received, to check decryption. */
    final List<String> tokensSeen = new CopyOnWriteArrayList<>();

    FileDropConnectorType(String id) {
        this(id, 20);
    }

    /** Creates a type whose file consumer polls at start and then every {@code pollDelayMillis}. */
    FileDropConnectorType(String id, long pollDelayMillis) {
        this.id = id;
        this.pollDelayMillis = pollDelayMillis;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("Testordner", "Test folder");
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.PAYMENTS);
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of(
                ConfigField.required("folder", LocalizedText.of("Ordner", "Folder"), FieldType.PATH),
                ConfigField.optional("token", LocalizedText.of("Token", "Token"), FieldType.TEXT, null).asSecret());
    }

    @Override
    public ConnectionTestResult testConnection(ConnectorConfig config) {
        boolean exists = java.nio.file.Files.isDirectory(config.path("folder"));
        return exists ? ConnectionTestResult.ok(LocalizedText.of("Ordner gefunden", "Folder found"))
                : ConnectionTestResult.failed(LocalizedText.of("Ordner fehlt", "Folder missing"));
    }

    @Override
    public RoutesBuilder createRoutes(ConnectorContext context) {
        if (context.config().has("token")) {
            tokensSeen.add(context.config().text("token"));
        }
        String folder = context.config().path("folder").toUri().toString();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(folder + "?initialDelay=0&delay=" + pollDelayMillis + "&include=.*\\.txt&move=.done&moveFailed=.error")
                        .routeId(context.instanceId() + ".files")
                        .process(exchange -> {
                            String name = exchange.getIn().getHeader("CamelFileName", String.class);
                            String[] parts = exchange.getIn().getBody(String.class).strip().split(";");
                            if (parts.length != 2) {
                                context.rejectFile("drop:" + id, name, LocalizedText.of(
                                        "Kein Semikolon in der Datei. Bitte externalId;Betrag einlegen.",
                                        "No semicolon in the file. Drop externalId;amount instead."));
                                return;
                            }
                            PaymentData payment = new PaymentData(parts[0], ACCOUNT, LocalDate.of(2026, 11, 2), null,
                                    Money.euro(new BigDecimal(parts[1])), "Muster AG", null, null, "RE " + parts[0], null,
                                    null, null, null, null, null, false);
                            context.ingest("drop:" + id, List.of(payment), List.of(), name);
                        });
            }
        };
    }

    static byte[] paymentFile(String externalId, String amount) {
        return (externalId + ";" + amount).getBytes(StandardCharsets.UTF_8);
    }
}
