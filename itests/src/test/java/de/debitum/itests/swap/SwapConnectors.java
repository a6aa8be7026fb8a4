package de.debitum.itests.swap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.camel.RoutesBuilder;

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
 * The two connector types of the hot-swap test bundle: {@code swap-files} imports one payment
 * per dropped file, {@code swap-ticks} imports one numbered payment per timer tick and keeps the
 * last number as its checkpoint.
 */
public final class SwapConnectors implements ConnectorType {

    static final String ACCOUNT = "DE89370400440532013000";

    private final String id;
    private final String version;

    SwapConnectors(String id, String version) {
        this.id = id;
        this.version = version;
    }

    static PaymentData payment(String externalId) {
        return new PaymentData(externalId, ACCOUNT, LocalDate.of(2026, 11, 2), null, Money.euro("1.00"), "Muster AG",
                null, null, externalId, null, null, null, null, null, null, false);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("Austauschtest " + id, "Swap test " + id);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.PAYMENTS);
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of(ConfigField.optional("folder", LocalizedText.of("Ordner", "Folder"), FieldType.PATH, "/tmp"));
    }

    @Override
    public ConnectionTestResult testConnection(ConnectorConfig config) {
        return ConnectionTestResult.ok(LocalizedText.of("bereit", "ready"));
    }

    @Override
    public RoutesBuilder createRoutes(ConnectorContext context) {
        return id.equals("swap-files") ? new FileRoutes(context) : new TickRoutes(context);
    }
}
