package ${package};

import java.util.List;
import java.util.Set;

import org.apache.camel.RoutesBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import de.debitum.api.connector.Capability;
import de.debitum.api.connector.ConfigField;
import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.connector.ConnectorType;
import de.debitum.api.connector.FieldType;
import de.debitum.api.connector.LocalizedText;

/**
 * The connector type: what it provides, its configuration fields and the factory of one
 * instance's routes. The hub finds it as an OSGi service; Declarative Services registers it when
 * the bundle starts.
 */
@Component(service = ConnectorType.class)
public class FolderPaymentsConnectorType implements ConnectorType {

    /** The type id that instances name; keep it stable across versions. */
    public static final String ID = "${connectorId}";

    static final String FOLDER = "folder";
    static final String ACCOUNT_IBAN = "accountIban";
    static final String POLL_INTERVAL = "pollInterval";
    static final String MAX_FILE_SIZE = "maxFileSizeMiB";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.inboxFolder(FOLDER, LocalizedText.of(
                    "Absoluter Pfad des Ordners, in den die Zahlungsdateien (Endung .csv) gelegt werden. Gelesene"
                            + " Dateien wandern nach .done, fehlerhafte nach .error.",
                    "Absolute path of the folder into which the payment files (ending .csv) are put. Read files"
                            + " move to .done, invalid ones to .error.")),
            ConfigField.required(ACCOUNT_IBAN, LocalizedText.of("Konto (IBAN)", "Account (IBAN)"), FieldType.TEXT)
                    .withPattern("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
                    .withHelp(LocalizedText.of(
                            "IBAN des eigenen Kontos, auf dem die Zahlungen eingingen, ohne Leerzeichen.",
                            "IBAN of the own account that received the payments, without spaces.")),
            ConfigField.pollInterval(POLL_INTERVAL, "PT1M"),
            ConfigField.maxFileSizeMiB(MAX_FILE_SIZE, 5, 100));

    private final String version;

    @Activate
    public FolderPaymentsConnectorType(BundleContext bundleContext) {
        this(bundleContext.getBundle().getVersion().toString());
    }

    /** Creates the type outside OSGi, as unit tests do. */
    public FolderPaymentsConnectorType(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("Zahlungen aus einem Ordner", "Payments from a folder");
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
        return FIELDS;
    }

    @Override
    public ConnectionTestResult testConnection(ConnectorConfig config) {
        return ConnectionTestResult.inboxFolder(config.path(FOLDER));
    }

    @Override
    public RoutesBuilder createRoutes(ConnectorContext context) {
        return new FolderPaymentsRoutes(context);
    }
}
