package de.debitum.connector.einvoice.internal;

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
import de.debitum.connector.einvoice.internal.folder.InvoiceFolderRoutes;
import de.debitum.connector.einvoice.internal.mail.MailboxConnection;
import de.debitum.connector.einvoice.internal.mail.MailboxRoutes;

/**
 * The connector type {@code einvoice-mailbox}: imports ZUGFeRD, Factur-X and XRechnung invoices
 * (and plain PDF invoices, as records that wait for a person's confirmation) that arrive in an
 * IMAP mailbox, such as the address that the invoicing software sends a copy of every invoice to,
 * or in a watched folder.
 */
@Component(service = ConnectorType.class)
public class EInvoiceMailboxConnectorType implements ConnectorType {

    public static final String ID = "einvoice-mailbox";

    /** Default size bound; it equals the largest original document the datacenter stores. */
    static final int DEFAULT_MAX_ATTACHMENT_MIB = 20;
    /** IMAP folder for mails whose invoices are committed. */
    static final String DEFAULT_DONE_FOLDER = "Debitum/Erledigt";
    /** IMAP folder for mails without a stored invoice; the tenant finds the reason beside each. */
    static final String DEFAULT_REJECTED_FOLDER = "Debitum/Abgelehnt";

    private static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]{1,200}";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.optional(MailboxSettings.MODE, LocalizedText.of("Quelle", "Source"), FieldType.CHOICE,
                            MailboxSettings.Mode.FOLDER.value())
                    .withChoices(List.of(MailboxSettings.Mode.FOLDER.value(), MailboxSettings.Mode.IMAP.value()))
                    .withHelp(LocalizedText.of(
                            "folder liest Dateien aus einem Eingangsordner, imap liest die Anhänge der E-Mails eines"
                                    + " IMAP-Postfachs.",
                            "folder reads files from an inbox folder, imap reads the attachments of the mails in an"
                                    + " IMAP mailbox.")),
            ConfigField.optional(MailboxSettings.FOLDER, LocalizedText.of("Eingangsordner", "Inbox folder"),
                            FieldType.PATH, null)
                    .withHelp(LocalizedText.of(
                            "Nur für folder: absoluter Pfad des Ordners, in den E-Rechnungen (PDF oder XML) gelegt"
                                    + " werden. Importierte Dateien wandern nach .done, abgelehnte mit einer"
                                    + " Begründung nach .error.",
                            "Folder mode only: absolute path of the folder that e-invoices (PDF or XML) are put"
                                    + " into. Imported files move to .done, rejected ones to .error with a reason"
                                    + " file.")),
            ConfigField.optional(MailboxSettings.HOST, LocalizedText.of("IMAP-Server", "IMAP host"), FieldType.TEXT,
                            null)
                    .withPattern("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
                    .withHelp(LocalizedText.of("Nur für imap: Name oder IP-Adresse des IMAP-Servers, etwa"
                                    + " imap.example.de.",
                            "IMAP mode only: name or IP address of the IMAP server, such as imap.example.de.")),
            ConfigField.optional(MailboxSettings.PORT, LocalizedText.of("IMAP-Port", "IMAP port"), FieldType.INTEGER,
                            null)
                    .withPattern("[1-9][0-9]{0,4}")
                    .withHelp(LocalizedText.of("Nur für imap: Port des Servers; leer lassen für 993 mit TLS und 143"
                                    + " ohne.",
                            "IMAP mode only: the server's port; leave empty for 993 with TLS and 143 without.")),
            ConfigField.optional(MailboxSettings.USER, LocalizedText.of("Benutzer", "User"), FieldType.TEXT, null)
                    .withPattern(NO_CONTROL_CHARACTERS)
                    .withHelp(LocalizedText.of("Nur für imap: Anmeldename des Postfachs, oft die E-Mail-Adresse.",
                            "IMAP mode only: login name of the mailbox, often the e-mail address.")),
            ConfigField.optional(MailboxSettings.PASSWORD, LocalizedText.of("Passwort", "Password"), FieldType.TEXT,
                            null)
                    .asSecret()
                    .withHelp(LocalizedText.of("Nur für imap: Passwort des Postfachs; es wird verschlüsselt"
                                    + " gespeichert und nie wieder angezeigt.",
                            "IMAP mode only: password of the mailbox; it is stored encrypted and never shown"
                                    + " again.")),
            ConfigField.optional(MailboxSettings.TLS, LocalizedText.of("TLS", "TLS"), FieldType.BOOLEAN, "true")
                    .withHelp(LocalizedText.of("Nur für imap: true verbindet verschlüsselt (IMAPS), false"
                                    + " unverschlüsselt; false nur im eigenen Netz verwenden.",
                            "IMAP mode only: true connects encrypted (IMAPS), false unencrypted; use false only"
                                    + " within your own network.")),
            ConfigField.optional(MailboxSettings.MAILBOX_FOLDER, LocalizedText.of("Postfach-Ordner", "Mailbox folder"),
                            FieldType.TEXT, "INBOX")
                    .withPattern(NO_CONTROL_CHARACTERS)
                    .withHelp(LocalizedText.of("Nur für imap: der IMAP-Ordner, dessen ungelesene E-Mails importiert"
                                    + " werden. Bearbeitete E-Mails wandern in den Ordner für erledigte oder für"
                                    + " abgelehnte E-Mails.",
                            "IMAP mode only: the IMAP folder whose unread mails are imported. Processed mails move"
                                    + " to the folder for done or for rejected mails.")),
            ConfigField.optional(MailboxSettings.DONE_FOLDER,
                            LocalizedText.of("Ordner für erledigte E-Mails", "Folder for done mails"),
                            FieldType.TEXT, DEFAULT_DONE_FOLDER)
                    .withPattern(NO_CONTROL_CHARACTERS)
                    .withHelp(LocalizedText.of("Nur für imap: E-Mails, deren Rechnungen gespeichert sind, wandern in"
                                    + " diesen IMAP-Ordner, erst nachdem die Rechnungen gespeichert sind. Er wird"
                                    + " angelegt, wenn er fehlt.",
                            "IMAP mode only: mails whose invoices are stored move to this IMAP folder, only after"
                                    + " the invoices are committed. It is created when missing.")),
            ConfigField.optional(MailboxSettings.REJECTED_FOLDER,
                            LocalizedText.of("Ordner für abgelehnte E-Mails", "Folder for rejected mails"),
                            FieldType.TEXT, DEFAULT_REJECTED_FOLDER)
                    .withPattern(NO_CONTROL_CHARACTERS)
                    .withHelp(LocalizedText.of("Nur für imap: E-Mails ohne importierbaren Anhang wandern in diesen"
                                    + " IMAP-Ordner; daneben liegt eine Notiz mit dem Grund. Er wird angelegt, wenn"
                                    + " er fehlt.",
                            "IMAP mode only: mails without an importable attachment move to this IMAP folder, with"
                                    + " a note that gives the reason. It is created when missing.")),
            ConfigField.optional(MailboxSettings.POLL_INTERVAL, LocalizedText.of("Abfrageintervall", "Poll interval"),
                            FieldType.DURATION, "PT1M")
                    .withHelp(LocalizedText.of(
                            "Zeit zwischen zwei Abfragen als ISO-8601-Dauer, zum Beispiel PT1M für eine Minute.",
                            "Time between two polls as an ISO-8601 duration, such as PT1M for one minute.")),
            ConfigField.optional(MailboxSettings.MAX_ATTACHMENT_SIZE,
                            LocalizedText.of("Höchstgröße eines Anhangs (MiB)", "Maximum attachment size (MiB)"),
                            FieldType.INTEGER, String.valueOf(DEFAULT_MAX_ATTACHMENT_MIB))
                    .withPattern("[1-9]|1[0-9]|20")
                    .withHelp(LocalizedText.of(
                            "Größere Dateien und Anhänge werden nicht gelesen, sondern abgelehnt; 1 bis 20 MiB.",
                            "Larger files and attachments are rejected without being read; 1 to 20 MiB.")));

    private final String version;

    @Activate
    public EInvoiceMailboxConnectorType(BundleContext bundleContext) {
        this(bundleContext.getBundle().getVersion().toString());
    }

    /** Creates the type outside OSGi, for tests. */
    public EInvoiceMailboxConnectorType(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("E-Rechnungen (Postfach oder Ordner)", "E-invoices (mailbox or folder)");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.INVOICES, Capability.DEBTORS);
    }

    @Override
    public List<ConfigField> configFields() {
        return FIELDS;
    }

    @Override
    public ConnectionTestResult testConnection(ConnectorConfig config) {
        MailboxSettings settings;
        try {
            settings = MailboxSettings.of(config);
        } catch (IllegalArgumentException e) {
            return ConnectionTestResult.failed(LocalizedText.of("Ungültige Einstellung: " + e.getMessage(),
                    "Invalid setting: " + e.getMessage()));
        }
        if (settings.mode() == MailboxSettings.Mode.IMAP) {
            return MailboxConnection.test(settings);
        }
        return ConnectionTestResult.inboxFolder(settings.folder());
    }

    /**
     * Creates the route of an instance: a folder route or a mailbox route, by the mode.
     *
     * @throws IllegalArgumentException when a configuration value cannot be used; the host shows the
     *                                  message as the instance's status
     */
    @Override
    public RoutesBuilder createRoutes(ConnectorContext context) {
        MailboxSettings settings = MailboxSettings.of(context.config());
        return settings.mode() == MailboxSettings.Mode.IMAP
                ? new MailboxRoutes(context, settings)
                : new InvoiceFolderRoutes(context, settings);
    }
}
