package de.debitum.api.connector;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Description of one configuration field of a connector type. The UI draws its form from these
 * descriptions and the host checks every value against them before an instance starts.
 *
 * @param key          key in the instance's configuration, such as {@code folder}
 * @param label        label of the form field
 * @param type         the value's type
 * @param required     whether a value must be given
 * @param defaultValue value used when none is given, or {@code null}
 * @param secret       whether the value is a secret: stored encrypted, never shown again
 * @param pattern      regular expression the whole value must match, or {@code null}
 * @param choices      allowed values for {@link FieldType#CHOICE}, empty otherwise
 * @param help         help text shown beside the field
 */
public record ConfigField(String key, LocalizedText label, FieldType type, boolean required, String defaultValue,
                          boolean secret, String pattern, List<String> choices, LocalizedText help) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9.]{0,62}");

    public ConfigField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid configuration key '" + key
                    + "': use a letter followed by up to 62 letters, digits or dots.");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? LocalizedText.of("", "") : help;
        if (pattern != null) {
            Pattern.compile(pattern);
        }
    }

    /** Starts a required field without default, pattern or help. */
    public static ConfigField required(String key, LocalizedText label, FieldType type) {
        return new ConfigField(key, label, type, true, null, false, null, List.of(), null);
    }

    /** Starts an optional field with a default value. */
    public static ConfigField optional(String key, LocalizedText label, FieldType type, String defaultValue) {
        return new ConfigField(key, label, type, false, defaultValue, false, null, List.of(), null);
    }

    /**
     * Describes the required folder that a file-polling connector reads, labelled "Eingangsordner"
     * ("Inbox folder"). {@code help} says what goes into the folder and where files go after reading.
     *
     * @since 1.1
     */
    public static ConfigField inboxFolder(String key, LocalizedText help) {
        return required(key, LocalizedText.of("Eingangsordner", "Inbox folder"), FieldType.PATH).withHelp(help);
    }

    /**
     * Describes the optional time between two polls of a source as an ISO-8601 duration.
     *
     * @param defaultValue the duration used when none is given, such as {@code PT1M}
     * @since 1.1
     */
    public static ConfigField pollInterval(String key, String defaultValue) {
        return optional(key, LocalizedText.of("Abfrageintervall", "Poll interval"), FieldType.DURATION, defaultValue)
                .withHelp(LocalizedText.of(
                        "Zeit zwischen zwei Blicken in den Ordner als ISO-8601-Dauer, zum Beispiel PT1M für eine Minute.",
                        "Time between two looks into the folder as an ISO-8601 duration, such as PT1M for one minute."));
    }

    /**
     * Describes the optional maximum size of one input file in MiB, a whole number from 1 to
     * {@code maxMiB}. The pattern only admits up to three digits, so the connector must still reject
     * values above {@code maxMiB}; the help text tells that larger files move to {@code .error}.
     *
     * @throws IllegalArgumentException when {@code defaultMiB} is not between 1 and {@code maxMiB}
     *                                  or {@code maxMiB} is above 999
     * @since 1.1
     */
    public static ConfigField maxFileSizeMiB(String key, int defaultMiB, int maxMiB) {
        if (maxMiB < 1 || maxMiB > 999 || defaultMiB < 1 || defaultMiB > maxMiB) {
            throw new IllegalArgumentException("Invalid file size bounds: default " + defaultMiB + " MiB, maximum "
                    + maxMiB + " MiB. Use 1 <= default <= maximum <= 999.");
        }
        return optional(key, LocalizedText.of("Höchstgröße einer Datei (MiB)", "Maximum file size (MiB)"),
                FieldType.INTEGER, String.valueOf(defaultMiB))
                .withPattern("[1-9][0-9]{0,2}")
                .withHelp(LocalizedText.of(
                        "Größere Dateien werden nicht gelesen und wandern nach .error; 1 bis " + maxMiB + " MiB.",
                        "Larger files are not read and move to .error; 1 to " + maxMiB + " MiB."));
    }

    public ConfigField asSecret() {
        return new ConfigField(key, label, type, required, defaultValue, true, pattern, choices, help);
    }

    public ConfigField withPattern(String regex) {
        return new ConfigField(key, label, type, required, defaultValue, secret, regex, choices, help);
    }

    public ConfigField withChoices(List<String> allowed) {
        return new ConfigField(key, label, type, required, defaultValue, secret, pattern, allowed, help);
    }

    public ConfigField withHelp(LocalizedText text) {
        return new ConfigField(key, label, type, required, defaultValue, secret, pattern, choices, text);
    }
}
