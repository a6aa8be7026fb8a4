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
