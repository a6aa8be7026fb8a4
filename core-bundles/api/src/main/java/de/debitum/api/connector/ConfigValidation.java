package de.debitum.api.connector;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.debitum.api.connector.ConnectorConfig.ConfigProblem;

/** Checks configuration values against field descriptions. */
final class ConfigValidation {

    /** Maximum length of any field value, in characters. */
    static final int MAX_VALUE_LENGTH = 4_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ConfigValidation() {
    }

    static List<ConfigProblem> check(List<ConfigField> fields, Map<String, String> raw) {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> known = new java.util.HashSet<>();
        for (ConfigField field : fields) {
            known.add(field.key());
            String value = raw.get(field.key());
            boolean missing = value == null || value.isBlank();
            if (missing) {
                if (field.required() && field.defaultValue() == null) {
                    problems.add(problem(field, "", "Pflichtfeld ohne Wert. Bitte einen Wert eintragen.",
                            "Required field has no value. Enter a value."));
                }
                continue;
            }
            String reason = checkValue(field, value.strip());
            if (reason != null) {
                String shown = field.secret() ? "***" : value;
                problems.add(new ConfigProblem(field.key(), shown, LocalizedText.of(
                        "Ungültiger Wert '" + shown + "': " + germanReason(field), reason.replace("{value}", shown))));
            }
        }
        for (String key : raw.keySet()) {
            if (!known.contains(key)) {
                problems.add(new ConfigProblem(key, "", LocalizedText.of(
                        "Unbekannter Schlüssel. Erlaubt sind: " + String.join(", ", known),
                        "Unknown key. Allowed keys: " + String.join(", ", known))));
            }
        }
        return problems;
    }

    /** Returns an English reason containing {value}, or {@code null} when the value is valid. */
    private static String checkValue(ConfigField field, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return "value is longer than " + MAX_VALUE_LENGTH + " characters.";
        }
        String typeProblem = switch (field.type()) {
            case TEXT -> null;
            case INTEGER -> isInteger(value) ? null : "invalid value '{value}': expected a whole number such as 30.";
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null
                    : "invalid value '{value}': expected true or false.";
            case PATH -> isAbsolutePath(value) ? null
                    : "invalid value '{value}': expected an absolute path such as /srv/debitum/inbox.";
            case URL -> isHttpUrl(value) ? null
                    : "invalid value '{value}': expected an http or https URL such as https://api.example.com/v1.";
            case EMAIL -> EMAIL.matcher(value).matches() ? null
                    : "invalid value '{value}': expected an e-mail address such as buchhaltung@example.de.";
            case DURATION -> isDuration(value) ? null
                    : "invalid value '{value}': expected an ISO-8601 duration such as PT5M (5 minutes).";
            case CHOICE -> field.choices().contains(value) ? null
                    : "invalid value '{value}': expected one of " + String.join(", ", field.choices()) + ".";
        };
        if (typeProblem != null) {
            return typeProblem;
        }
        if (field.pattern() != null && !value.matches(field.pattern())) {
            return "invalid value '{value}': it does not match the pattern " + field.pattern() + ".";
        }
        return null;
    }

    private static String germanReason(ConfigField field) {
        return switch (field.type()) {
            case TEXT -> field.pattern() == null ? "zu lang." : "passt nicht zum Muster " + field.pattern() + ".";
            case INTEGER -> "erwartet wird eine ganze Zahl wie 30.";
            case BOOLEAN -> "erwartet wird true oder false.";
            case PATH -> "erwartet wird ein absoluter Pfad wie /srv/debitum/eingang.";
            case URL -> "erwartet wird eine http- oder https-URL wie https://api.example.com/v1.";
            case EMAIL -> "erwartet wird eine E-Mail-Adresse wie buchhaltung@example.de.";
            case DURATION -> "erwartet wird eine ISO-8601-Dauer wie PT5M (5 Minuten).";
            case CHOICE -> "erlaubt sind " + String.join(", ", field.choices()) + ".";
        };
    }

    private static ConfigProblem problem(ConfigField field, String value, String german, String english) {
        return new ConfigProblem(field.key(), value, LocalizedText.of(german, english));
    }

    private static boolean isInteger(String value) {
        try {
            Integer.parseInt(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isAbsolutePath(String value) {
        try {
            return Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDuration(String value) {
        try {
            return !Duration.parse(value).isNegative();
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
