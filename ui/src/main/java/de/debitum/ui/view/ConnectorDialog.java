package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.ConnectorConfig;
import de.debitum.ui.client.Model.ConnectorConfigRequest;
import de.debitum.ui.client.Model.ConnectorType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates a connector instance or changes its configuration. For a new instance the user picks
 * the type and names the instance; the form below follows the type's field descriptions.
 */
final class ConnectorDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Instance ids as the hub accepts them. */
    static final Pattern INSTANCE_ID = Pattern.compile("[a-z0-9._-]{1,100}");

    private final HubApi api;
    private final String tenant;
    private final Texts texts;
    private final Locale locale;
    private final Runnable onSaved;
    private final VerticalLayout formHolder = new VerticalLayout();
    private final Checkbox enabled = new Checkbox();
    private final Paragraph error = new Paragraph();
    private ConnectorForm form;
    private ConnectorType type;

    /** Opens the dialog for an existing instance, with its stored configuration. */
    static ConnectorDialog edit(HubApi api, String tenant, ConnectorType type, ConnectorConfig config, Texts texts,
            Locale locale, Runnable onSaved) {
        ConnectorDialog dialog = new ConnectorDialog(api, tenant, texts, locale, onSaved);
        dialog.setHeaderTitle(texts.get("connector.configure-title", config.id()));
        dialog.enabled.setValue(config.enabled());
        dialog.showForm(type, config.configuration(), new HashSet<>(config.secretsSet()));
        dialog.addFooter(config.id());
        return dialog;
    }

    /** Opens the dialog for a new instance of one of the installed types. */
    static ConnectorDialog create(HubApi api, String tenant, List<ConnectorType> types, Texts texts, Locale locale,
            Runnable onSaved) {
        ConnectorDialog dialog = new ConnectorDialog(api, tenant, texts, locale, onSaved);
        dialog.setHeaderTitle(texts.get("connector.add-title"));

        Select<ConnectorType> typeSelect = new Select<>();
        typeSelect.setId("new-connector-type");
        typeSelect.setLabel(texts.get("connector.type"));
        typeSelect.setItems(types);
        typeSelect.setItemLabelGenerator(t -> t.displayName(locale) + " (" + t.id() + ")");

        TextField instanceId = new TextField(texts.get("connector.instance-id"));
        instanceId.setId("new-connector-id");
        instanceId.setMaxLength(100);
        instanceId.setHelperText(texts.get("connector.instance-id-help"));

        typeSelect.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                if (instanceId.isEmpty()) {
                    instanceId.setValue(tenant + "." + event.getValue().id());
                }
                dialog.showForm(event.getValue(), Map.of(), Set.of());
            }
        });
        dialog.enabled.setValue(true);
        dialog.add(typeSelect, instanceId);
        dialog.addFooterForNew(instanceId);
        return dialog;
    }

    private ConnectorDialog(HubApi api, String tenant, Texts texts, Locale locale, Runnable onSaved) {
        this.api = api;
        this.tenant = tenant;
        this.texts = texts;
        this.locale = locale;
        this.onSaved = onSaved;
        setId("connector-dialog");
        setWidth("48em");
        enabled.setId("connector-enabled");
        enabled.setLabel(texts.get("connector.enabled"));
        error.setId("connector-dialog-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        formHolder.setPadding(false);
        add(formHolder, enabled, error);
    }

    private void showForm(ConnectorType connectorType, Map<String, String> values, java.util.Set<String> secrets) {
        this.type = connectorType;
        formHolder.removeAll();
        form = new ConnectorForm(connectorType, values, secrets, locale, texts);
        formHolder.add(form);
    }

    private void addFooter(String instanceId) {
        getFooter().add(cancelButton(), saveButton(() -> instanceId));
    }

    private void addFooterForNew(TextField instanceId) {
        getFooter().add(cancelButton(), saveButton(() -> {
            String id = instanceId.getValue().trim();
            boolean valid = INSTANCE_ID.matcher(id).matches();
            instanceId.setInvalid(!valid);
            instanceId.setErrorMessage(valid ? null : texts.get("connector.instance-id-invalid", id));
            return valid ? id : null;
        }));
    }

    private Button cancelButton() {
        Button cancel = new Button(texts.get("action.cancel"), click -> close());
        cancel.setId("connector-cancel");
        return cancel;
    }

    private Button saveButton(java.util.function.Supplier<String> instanceId) {
        Button save = new Button(texts.get("action.save"), click -> save(instanceId.get()));
        save.setId("connector-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    private void save(String instanceId) {
        if (type == null) {
            showError(texts.get("connector.type-missing"));
            return;
        }
        if (instanceId == null) {
            return;
        }
        List<String> problems = form.validate();
        if (!problems.isEmpty()) {
            showError(String.join(" ", problems));
            return;
        }
        try {
            api.saveConnectorConfig(tenant, instanceId,
                    new ConnectorConfigRequest(type.id(), enabled.getValue(), form.values()));
        } catch (HubException e) {
            // 400 carries the hub's sentence naming each invalid field.
            showError(Notices.describe(getUI().orElseThrow(), e));
            return;
        }
        Notices.success(texts.get("connector.saved", instanceId));
        close();
        onSaved.run();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
