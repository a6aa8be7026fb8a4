package de.debitum.connector.csv.internal;

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

/**
 * The connector type {@code csv}: imports invoices, payments or debtors from CSV files that an
 * accounting program or a spreadsheet puts into a folder, with a column mapping per instance.
 */
@Component(service = ConnectorType.class)
public class CsvConnectorType implements ConnectorType {

    public static final String ID = "csv";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.inboxFolder(CsvSettings.FOLDER, LocalizedText.of(
                    "Absoluter Pfad des Ordners, in den die CSV-Dateien (Endung .csv oder .txt) gelegt werden."
                            + " Importierte Dateien wandern nach .done, unlesbare nach .error, jeweils mit einer"
                            + " Datei <Name>.reason.txt, wenn Zeilen abgelehnt wurden.",
                    "Absolute path of the folder into which the CSV files (ending .csv or .txt) are put."
                            + " Imported files move to .done, unreadable ones to .error, each with a file"
                            + " <name>.reason.txt when rows were rejected.")),
            ConfigField.required(CsvSettings.RECORD_KIND, LocalizedText.of("Inhalt", "Record kind"), FieldType.CHOICE)
                    .withChoices(RecordKind.choices())
                    .withHelp(LocalizedText.of(
                            "Was eine Zeile beschreibt: invoices (Rechnungen), payments (Zahlungen) oder debtors"
                                    + " (Debitoren).",
                            "What one row describes: invoices, payments or debtors.")),
            ConfigField.optional(CsvSettings.PRESET, LocalizedText.of("Vorlage", "Preset"), FieldType.CHOICE,
                            CsvPreset.DEBITUM.value())
                    .withChoices(CsvPreset.choices())
                    .withHelp(LocalizedText.of(
                            "Spaltenzuordnung eines verbreiteten Exports: debitum (eigenes Format, jede Art), csv-camt"
                                    + " (Kontoumsätze deutscher Banken im Format CSV-CAMT, Zahlungen; Datumsformat"
                                    + " dd.MM.yy eintragen) oder sevdesk (Rechnungsliste mit den Feldnamen der"
                                    + " sevDesk-API, Rechnungen). Eine eigene Spaltenzuordnung ersetzt die Vorlage.",
                            "Column mapping of a common export: debitum (own layout, any kind), csv-camt (account"
                                    + " statements of German banks in the CSV-CAMT layout, payments; enter the date"
                                    + " format dd.MM.yy) or sevdesk (invoice list with the field names of the sevDesk"
                                    + " API, invoices). A column mapping of your own replaces the preset.")),
            ConfigField.optional(CsvSettings.MAPPING, LocalizedText.of("Spaltenzuordnung", "Column mapping"),
                            FieldType.TEXT, null)
                    .withHelp(LocalizedText.of(
                            "Paare Feld=Spaltenüberschrift, getrennt durch Semikolon oder Zeilenumbruch. Leer lassen für"
                                    + " die Vorgabe; für Rechnungen: " + RecordKind.INVOICES.presetText()
                                    + ". Für Zahlungen: " + RecordKind.PAYMENTS.presetText() + ". Für Debitoren: "
                                    + RecordKind.DEBTORS.presetText() + ".",
                            "Pairs field=column header separated by semicolons or line breaks. Leave empty for the"
                                    + " preset; for invoices: " + RecordKind.INVOICES.presetText() + ". For payments: "
                                    + RecordKind.PAYMENTS.presetText() + ". For debtors: "
                                    + RecordKind.DEBTORS.presetText() + ".")),
            ConfigField.optional(CsvSettings.DELIMITER, LocalizedText.of("Trennzeichen", "Delimiter"), FieldType.CHOICE,
                            CsvSettings.AUTO)
                    .withChoices(CsvSettings.DELIMITERS)
                    .withHelp(LocalizedText.of(
                            "Zeichen zwischen den Spalten: auto erkennt Semikolon, Komma oder Tabulator an der Kopfzeile.",
                            "Character between the columns: auto detects semicolon, comma or tab from the header row.")),
            ConfigField.optional(CsvSettings.ENCODING, LocalizedText.of("Zeichenkodierung", "Encoding"), FieldType.CHOICE,
                            CsvSettings.AUTO)
                    .withChoices(CsvSettings.ENCODINGS)
                    .withHelp(LocalizedText.of(
                            "auto liest gültiges UTF-8 (mit oder ohne BOM) als UTF-8 und alles andere als Windows-1252,"
                                    + " die Kodierung des deutschen Excel.",
                            "auto reads valid UTF-8 (with or without BOM) as UTF-8 and anything else as Windows-1252,"
                                    + " the encoding of German Excel.")),
            ConfigField.optional(CsvSettings.DATE_FORMAT, LocalizedText.of("Datumsformat", "Date format"), FieldType.TEXT,
                            "dd.MM.yyyy")
                    .withHelp(LocalizedText.of(
                            "Muster der Datumsangaben nach java.time, etwa dd.MM.yyyy oder yyyy-MM-dd.",
                            "Pattern of the dates as java.time defines it, such as dd.MM.yyyy or yyyy-MM-dd.")),
            ConfigField.optional(CsvSettings.DECIMAL_COMMA, LocalizedText.of("Dezimalkomma", "Decimal comma"),
                            FieldType.BOOLEAN, "true")
                    .withHelp(LocalizedText.of(
                            "true: Beträge wie 1.234,56; false: Beträge wie 1,234.56 oder 1234.56.",
                            "true: amounts such as 1.234,56; false: amounts such as 1,234.56 or 1234.56.")),
            ConfigField.pollInterval(CsvSettings.POLL_INTERVAL, "PT1M"),
            ConfigField.maxFileSizeMiB(CsvSettings.MAX_FILE_SIZE, CsvSettings.DEFAULT_MAX_FILE_MIB,
                    CsvSettings.MAX_FILE_SIZE_LIMIT));

    private final String version;

    @Activate
    public CsvConnectorType(BundleContext bundleContext) {
        this(bundleContext.getBundle().getVersion().toString());
    }

    /** Creates the type outside OSGi, for tests. */
    public CsvConnectorType(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("CSV-Dateien (Rechnungen, Zahlungen, Debitoren)", "CSV files (invoices, payments, debtors)");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.INVOICES, Capability.PAYMENTS, Capability.DEBTORS);
    }

    @Override
    public List<ConfigField> configFields() {
        return FIELDS;
    }

    @Override
    public ConnectionTestResult testConnection(ConnectorConfig config) {
        Path folder = config.path(CsvSettings.FOLDER);
        ConnectionTestResult folderCheck = ConnectionTestResult.inboxFolder(folder);
        if (!folderCheck.successful()) {
            return folderCheck;
        }
        try {
            CsvSettings.of(config);
        } catch (IllegalArgumentException e) {
            return ConnectionTestResult.failed(LocalizedText.of("Ungültige Einstellung: " + e.getMessage(),
                    "Invalid setting: " + e.getMessage()));
        }
        return folderCheck;
    }

    @Override
    public RoutesBuilder createRoutes(ConnectorContext context) {
        return new CsvInboxRoutes(context);
    }
}
