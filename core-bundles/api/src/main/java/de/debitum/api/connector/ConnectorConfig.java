package de.debitum.api.connector;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of one connector instance: values by key, checked against the type's
 * {@link ConfigField}s, defaults applied, secrets decrypted.
 */
public final class ConnectorConfig {

    private final Map<String, String> values;

    private ConnectorConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Checks {@code raw} against {@code fields} and applies defaults.
     *
     * @throws InvalidConfigurationException listing every field with a missing or invalid value
     */
    public static ConnectorConfig of(List<ConfigField> fields, Map<String, String> raw) {
        List<ConfigProblem> problems = ConfigValidation.check(fields, raw);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        Map<String, String> effective = new LinkedHashMap<>();
        for (ConfigField field : fields) {
            String value = raw.get(field.key());
            if (value == null || value.isBlank()) {
                value = field.defaultValue();
            }
            if (value != null) {
                effective.put(field.key(), value.strip());
            }
        }
        return new ConnectorConfig(effective);
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Configuration key '" + key + "' has no value and no default.");
        }
        return value;
    }

    public String textOr(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public int integer(String key) {
        return Integer.parseInt(text(key));
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(text(key));
    }

    public Path path(String key) {
        return Path.of(text(key));
    }

    public Duration duration(String key) {
        return Duration.parse(text(key));
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Returns every value; secret values are included, so never log or show the result. */
    public Map<String, String> asMap() {
        return values;
    }

    /** Lists the keys only, since values may be secrets. */
    @Override
    public String toString() {
        return "ConnectorConfig" + new ArrayList<>(values.keySet());
    }

    /** One field whose value is missing or invalid. */
    public record ConfigProblem(String key, String value, LocalizedText reason) {
    }

    /** Thrown when a configuration does not fit the type's field descriptions. */
    public static final class InvalidConfigurationException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient List<ConfigProblem> problems;

        public InvalidConfigurationException(List<ConfigProblem> problems) {
            super(describe(problems));
            this.problems = List.copyOf(problems);
        }

        public List<ConfigProblem> problems() {
            return problems;
        }

        private static String describe(List<ConfigProblem> problems) {
            StringBuilder text = new StringBuilder("Invalid connector configuration:");
            for (ConfigProblem problem : problems) {
                text.append(' ').append(problem.key()).append(": ").append(problem.reason().en());
            }
            return text.toString();
        }
    }
}
