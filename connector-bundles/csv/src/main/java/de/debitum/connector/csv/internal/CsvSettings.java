package de.debitum.connector.csv.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;

import de.debitum.api.connector.ConnectorConfig;

/**
 * The configuration of one instance, read and checked beyond what the field descriptions can
 * express: a usable mapping and date pattern, a positive poll interval, a bounded file size.
 *
 * @param delimiter    the column separator, or {@code null} to detect it from the header row
 * @param encoding     {@code auto}, {@code UTF-8} or {@code windows-1252}
 * @param maxFileBytes files larger than this are not read
 */
public record CsvSettings(Path folder, RecordKind kind, CsvPreset preset, ColumnMapping mapping, Character delimiter, String encoding,
                          String datePattern, DateTimeFormatter dateFormat, boolean decimalComma, Duration pollInterval,
                          int maxFileBytes) {

    public static final String FOLDER = "folder";
    public static final String RECORD_KIND = "recordKind";
    public static final String PRESET = "preset";
    public static final String MAPPING = "columnMapping";
    public static final String DELIMITER = "delimiter";
    public static final String ENCODING = "encoding";
    public static final String DATE_FORMAT = "dateFormat";
    public static final String DECIMAL_COMMA = "decimalComma";
    public static final String POLL_INTERVAL = "pollInterval";
    public static final String MAX_FILE_SIZE = "maxFileSizeMiB";

    public static final String AUTO = "auto";
    public static final String TAB = "tab";
    public static final List<String> DELIMITERS = List.of(AUTO, ";", ",", TAB);
    public static final List<String> ENCODINGS = List.of(AUTO, "UTF-8", "windows-1252");

    /** Default of {@link #MAX_FILE_SIZE} in MiB. */
    public static final int DEFAULT_MAX_FILE_MIB = 20;
    /** Largest value of {@link #MAX_FILE_SIZE} in MiB; a file is read into memory as a whole. */
    public static final int MAX_FILE_SIZE_LIMIT = 500;

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException naming the field whose value cannot be used and what a
     *                                  valid value looks like
     */
    public static CsvSettings of(ConnectorConfig config) {
        RecordKind kind = RecordKind.of(config.text(RECORD_KIND));
        CsvPreset preset = CsvPreset.of(config.textOr(PRESET, CsvPreset.DEBITUM.value()));
        String mappingText = config.textOr(MAPPING, "");
        // An explicit mapping replaces the preset's, so a preset only has to fit when it is used.
        ColumnMapping mapping = mappingText.isBlank()
                ? new ColumnMapping(kind, preset.mapping(kind))
                : ColumnMapping.parse(kind, mappingText);

        String delimiterValue = config.text(DELIMITER);
        Character delimiter = switch (delimiterValue) {
            case AUTO -> null;
            case TAB -> '\t';
            default -> delimiterValue.charAt(0);
        };

        String datePattern = config.text(DATE_FORMAT);
        DateTimeFormatter dateFormat;
        try {
            dateFormat = DateTimeFormatter.ofPattern(datePattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value '" + datePattern + "' of field " + DATE_FORMAT
                    + ": it is not a date pattern (" + e.getMessage() + "). Use a pattern such as dd.MM.yyyy.", e);
        }

        Duration interval = config.duration(POLL_INTERVAL);
        if (interval.isNegative() || interval.toMillis() < 1) {
            throw new IllegalArgumentException("Invalid value '" + config.text(POLL_INTERVAL) + "' of field "
                    + POLL_INTERVAL + ": the interval must be at least one millisecond, such as PT1M (one minute).");
        }
        int maxMebibytes = config.integer(MAX_FILE_SIZE);
        if (maxMebibytes < 1 || maxMebibytes > MAX_FILE_SIZE_LIMIT) {
            throw new IllegalArgumentException("Invalid value '" + config.text(MAX_FILE_SIZE) + "' of field "
                    + MAX_FILE_SIZE + ": expected 1 to " + MAX_FILE_SIZE_LIMIT + " MiB.");
        }
        return new CsvSettings(config.path(FOLDER), kind, preset, mapping, delimiter, config.text(ENCODING), datePattern,
                dateFormat, config.bool(DECIMAL_COMMA), interval, maxMebibytes * 1024 * 1024);
    }
}
