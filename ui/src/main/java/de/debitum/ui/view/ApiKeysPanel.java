package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.ApiKey;
import de.debitum.ui.client.Model.NewApiKey;
import java.util.List;
import java.util.Locale;

/** The tenant's API keys: list by prefix, create (the key is shown once), revoke. */
final class ApiKeysPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    static final int MAX_LABEL_LENGTH = 100;

    private final HubContext hub;
    private final String tenant;
    private final Texts texts;
    private final Grid<ApiKey> grid = new Grid<>();

    ApiKeysPanel(HubContext hub, String tenant, Texts texts, Locale locale) {
        this.hub = hub;
        this.tenant = tenant;
        this.texts = texts;
        setPadding(false);

        grid.setId("api-keys");
        grid.addColumn(ApiKey::prefix).setHeader(texts.get("apikey.prefix"));
        grid.addColumn(ApiKey::label).setHeader(texts.get("apikey.label")).setFlexGrow(2);
        grid.addColumn(k -> texts.get("role." + k.role())).setHeader(texts.get("user.role"));
        grid.addColumn(k -> Formats.dateTime(k.createdAt(), locale)).setHeader(texts.get("user.created"));
        grid.addColumn(k -> k.revokedAt() == null ? "" : Formats.dateTime(k.revokedAt(), locale))
                .setHeader(texts.get("apikey.revoked"));
        grid.addComponentColumn(this::revokeButton);
        grid.setAllRowsVisible(true);
        add(grid, createForm());
        refresh();
    }

    private Button revokeButton(ApiKey key) {
        Button revoke = new Button(texts.get("apikey.revoke"), click -> revoke(key));
        revoke.setId("revoke-key-" + key.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(key.revokedAt() == null);
        return revoke;
    }

    private HorizontalLayout createForm() {
        TextField label = new TextField(texts.get("apikey.label"));
        label.setId("new-key-label");
        label.setMaxLength(MAX_LABEL_LENGTH);
        Select<String> role = new Select<>();
        role.setId("new-key-role");
        role.setLabel(texts.get("user.role"));
        role.setItems(List.of("clerk", "tenant-admin"));
        role.setItemLabelGenerator(r -> texts.get("role." + r));
        role.setValue("clerk");

        Button create = new Button(texts.get("apikey.create"), click -> {
            String text = label.getValue().trim();
            label.setInvalid(text.isEmpty());
            label.setErrorMessage(text.isEmpty() ? texts.get("apikey.label-missing") : null);
            if (text.isEmpty()) {
                return;
            }
            try {
                ApiKey key = hub.api().createApiKey(tenant, new NewApiKey(text, role.getValue()));
                label.clear();
                refresh();
                showOnce(key);
            } catch (HubException e) {
                Notices.error(e);
            }
        });
        create.setId("create-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, role, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Shows a new key in a dialog. The hub returns the key only once, so it cannot be shown again. */
    private void showOnce(ApiKey key) {
        Dialog dialog = new Dialog();
        dialog.setId("new-key-dialog");
        dialog.setHeaderTitle(texts.get("apikey.created-title", key.label()));
        TextField value = new TextField();
        value.setId("new-key-value");
        value.setValue(key.key() == null ? "" : key.key());
        value.setReadOnly(true);
        value.setWidthFull();
        dialog.add(new Paragraph(texts.get("apikey.shown-once")), value);
        Button close = new Button(texts.get("action.close"), click -> dialog.close());
        close.setId("new-key-close");
        dialog.getFooter().add(close);
        dialog.setWidth("40em");
        dialog.open();
    }

    private void revoke(ApiKey key) {
        try {
            hub.api().revokeApiKey(tenant, key.id());
            Notices.success(texts.get("apikey.revoked-done", key.prefix()));
        } catch (HubException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(hub.api().apiKeys(tenant));
        } catch (HubException e) {
            Notices.error(e);
        }
    }
}
