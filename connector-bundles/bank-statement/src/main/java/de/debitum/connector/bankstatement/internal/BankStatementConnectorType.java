package de.debitum.connector.bankstatement.internal;

import java.nio.file.Path;
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
import de.debitum.connector.bankstatement.internal.inbox.ImportSettings;
import de.debitum.connector.bankstatement.internal.inbox.StatementInboxRoutes;
import de.debitum.connector.bankstatement.internal.inbox.UnbalancedPolicy;
import de.debitum.connector.bankstatement.internal.parse.StatementReader;

/**
 * The connector type {@code bank-statement}: imports camt.052/053/054 and MT940/MT942 files that a
 * bank or banking software drops into a folder.
 */
@Component(service = ConnectorType.class)
public class BankStatementConnectorType implements ConnectorType {

    public static final String ID = "bank-statement";

    /** Matches the endings banks and banking software use for camt and MT940 files, ignoring case. */
    public static final String DEFAULT_FILE_NAME_PATTERN = "(?i).+\\.(xml|sta|mt940|txt)";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.inboxFolder(ImportSettings.FOLDER, LocalizedText.of(
                    "Absoluter Pfad des Ordners, in den die Bank oder die Banking-Software die Kontoauszüge legt."
                            + " Importierte Dateien wandern nach .done, zurückgehaltene nach .error.",
                    "Absolute path of the folder into which the bank or the banking software puts the"
                            + " statements. Imported files move to .done, held files to .error.")),
            ConfigField.optional(ImportSettings.FILE_NAME_PATTERN, LocalizedText.of("Dateinamen", "File names"),
                            FieldType.TEXT, DEFAULT_FILE_NAME_PATTERN)
                    .withHelp(LocalizedText.of(
                            "Regulärer Ausdruck (Java) für die Namen der Dateien, die gelesen werden; Groß- und"
                                    + " Kleinschreibung zählt nicht. Vorgabe: Endungen .xml, .sta, .mt940 und .txt.",
                            "Regular expression (Java) for the names of the files to read; case is ignored. Default:"
                                    + " the endings .xml, .sta, .mt940 and .txt.")),
            ConfigField.pollInterval(ImportSettings.POLL_INTERVAL, "PT1M"),
            ConfigField.optional(ImportSettings.UNBALANCED,
                            LocalizedText.of("Unausgeglichene Auszüge", "Unbalanced statements"), FieldType.CHOICE,
                            UnbalancedPolicy.HOLD.value())
                    .withChoices(UnbalancedPolicy.choices())
                    .withHelp(LocalizedText.of(
                            "Was mit einer Datei geschieht, deren Auszug nicht aufgeht (Anfangssaldo + Buchungen ≠"
                                    + " Schlusssaldo) oder keine Salden hat: hold hält die ganze Datei in .error zurück"
                                    + " und schreibt den Grund daneben; import übernimmt sie mit einer Warnung im Log.",
                            "What happens to a file with a statement that does not balance (opening balance + entries ≠"
                                    + " closing balance) or lacks balances: hold keeps the whole file in .error with"
                                    + " the reason beside it; import imports it with a warning in the log.")),
            ConfigField.maxFileSizeMiB(ImportSettings.MAX_FILE_SIZE,
                    StatementReader.DEFAULT_MAX_BYTES / (1024 * 1024), 999),
            ConfigField.optional(ImportSettings.ACCOUNT_IBANS,
                            LocalizedText.of("IBAN für Konten ohne IBAN", "IBAN for accounts without IBAN"),
                            FieldType.TEXT, null)
                    .withHelp(LocalizedText.of(
                            "Für MT940-Konten, die im Feld :25: keine IBAN tragen: Einträge Konto=IBAN, getrennt durch"
                                    + " Semikolon, etwa 12345678/1020304050=DE02120300000000202051. Ohne Eintrag wird"
                                    + " die IBAN eines deutschen Kontos (BLZ/Kontonummer) nach der Standardregel"
                                    + " gebildet.",
                            "For MT940 accounts without an IBAN in field :25:: entries account=IBAN separated by"
                                    + " semicolons, such as 12345678/1020304050=DE02120300000000202051. Without an entry"
                                    + " the IBAN of a German account (bank code/account number) is derived by the"
                                    + " standard rule.")));

    private final String version;

    @Activate
    public BankStatementConnectorType(BundleContext bundleContext) {
        this(bundleContext.getBundle().getVersion().toString());
    }

    /** Creates the type outside OSGi, for tests. */
    public BankStatementConnectorType(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("Kontoauszüge (camt, MT940)", "Bank statements (camt, MT940)");
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
        Path folder = config.path(ImportSettings.FOLDER);
        ConnectionTestResult folderCheck = ConnectionTestResult.inboxFolder(folder);
        if (!folderCheck.successful()) {
            return folderCheck;
        }
        try {
            ImportSettings.of(config);
        } catch (IllegalArgumentException e) {
            return ConnectionTestResult.failed(LocalizedText.of("Ungültige Einstellung: " + e.getMessage(),
                    "Invalid setting: " + e.getMessage()));
        }
        return folderCheck;
    }

    @Override
    public RoutesBuilder createRoutes(ConnectorContext context) {
        return new StatementInboxRoutes(context);
    }
}
