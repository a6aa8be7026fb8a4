package de.debitum.ui.view;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.Model.ConnectorField;
import de.debitum.ui.client.Model.ConnectorType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The configuration form of one connector type, drawn from the type's field descriptions. Secret
 * fields are password fields that never show a stored value: left empty they keep it.
 */
final class ConnectorForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    /** Bound on one value; the hub checks its own limits as well. */
    static final int MAX_VALUE_LENGTH = 2000;

    private final Map<ConnectorField, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Set<String> storedSecrets;
    private final Texts texts;
    private final Locale locale;

    /**
     * @param values        the instance's current values (secrets empty), or an empty map for a new one
     * @param storedSecrets keys of secrets that have a stored value
     * @param texts         translation of a UI text key
     */
    ConnectorForm(ConnectorType type, Map<String, String> values, Set<String> storedSecrets, Locale locale, Texts texts) {
        this.storedSecrets = storedSecrets;
        this.texts = texts;
        this.locale = locale;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        for (ConnectorField field : type.fields()) {
            HasValue<?, ?> input = input(field, values.get(field.key()), locale);
            inputs.put(field, input);
            add((com.vaadin.flow.component.Component) input);
        }
    }

    private HasValue<?, ?> input(ConnectorField field, String current, Locale locale) {
        String label = field.label(locale) + (field.required() ? " *" : "");
        String help = field.help(locale);
        String value = current != null ? current : field.defaultValue() != null ? field.defaultValue() : "";
        String id = "field-" + field.key();

        if ("BOOLEAN".equals(field.type())) {
            Checkbox checkbox = new Checkbox(label, Boolean.parseBoolean(value));
            checkbox.setId(id);
            checkbox.setHelperText(help);
            return checkbox;
        }
        if ("CHOICE".equals(field.type()) && !field.choices().isEmpty()) {
            Select<String> select = new Select<>();
            select.setId(id);
            select.setLabel(label);
            select.setItems(field.choices());
            select.setHelperText(help);
            if (field.choices().contains(value)) {
                select.setValue(value);
            }
            return select;
        }
        if (field.secret()) {
            PasswordField secret = new PasswordField(label);
            secret.setId(id);
            secret.setMaxLength(MAX_VALUE_LENGTH);
            secret.setRevealButtonVisible(false);
            secret.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
            boolean stored = storedSecrets.contains(field.key());
            secret.setPlaceholder(stored ? texts.get("connector.secret-stored") : "");
            secret.setHelperText(stored ? texts.get("connector.secret-keep") : help);
            return secret;
        }
        TextField text = new TextField(label);
        text.setId(id);
        text.setValue(value);
        text.setMaxLength(MAX_VALUE_LENGTH);
        text.setHelperText(help);
        text.setPlaceholder(placeholder(field.type()));
        return text;
    }

    private String placeholder(String type) {
        return switch (type == null ? "" : type) {
            case "PATH" -> "/srv/debitum/eingang";
            case "URL" -> "https://";
            case "DURATION" -> "PT5M";
            default -> "";
        };
    }

    /**
     * Checks the values the way the hub will and marks each invalid input; returns the messages.
     * The hub stays the authority: it checks again and names what it rejects.
     */
    List<String> validate() {
        List<String> problems = new java.util.ArrayList<>();
        inputs.forEach((field, input) -> {
            String value = stringValue(input);
            String problem = problem(field, value);
            if (input instanceof com.vaadin.flow.component.HasValidation validation) {
                validation.setInvalid(problem != null);
                validation.setErrorMessage(problem);
            }
            if (problem != null) {
                problems.add(problem);
            }
        });
        return problems;
    }

    String problem(ConnectorField field, String value) {
        String name = field.label(locale);
        if (value.isEmpty()) {
            boolean keepsSecret = field.secret() && storedSecrets.contains(field.key());
            return field.required() && !keepsSecret ? texts.get("connector.field.required", name) : null;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return texts.get("connector.field.too-long", name, MAX_VALUE_LENGTH);
        }
        if ("INTEGER".equals(field.type()) && !value.matches("-?\\d{1,18}")) {
            return texts.get("connector.field.integer", name, value);
        }
        if ("PATH".equals(field.type()) && !value.startsWith("/")) {
            return texts.get("connector.field.path", name, value);
        }
        if (field.pattern() != null && !field.pattern().isEmpty() && !field.secret()) {
            try {
                if (!Pattern.compile(field.pattern()).matcher(value).matches()) {
                    return texts.get("connector.field.pattern", name, value, field.pattern());
                }
            } catch (PatternSyntaxException e) {
                // The hub checks the pattern itself; a pattern Java cannot read is left to it.
                return null;
            }
        }
        return null;
    }

    /** Returns the values to send; a secret left empty is sent empty, which keeps its stored value. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((field, input) -> values.put(field.key(), stringValue(input)));
        return values;
    }

    private static String stringValue(HasValue<?, ?> input) {
        Object value = input.getValue();
        if (input instanceof AbstractField<?, ?> && value instanceof Boolean flag) {
            return flag.toString();
        }
        return value == null ? "" : value.toString().trim();
    }
}
