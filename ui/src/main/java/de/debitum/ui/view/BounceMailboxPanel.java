package de.debitum.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.SettingsApi;
import de.debitum.ui.client.SettingsApi.BounceMailbox;
import de.debitum.ui.client.SettingsApi.BounceMailboxChange;
import java.util.List;

/**
 * The tenant's bounce mailbox: the IMAP account in which bounces of the sent e-mails arrive. The
 * hub never sends the password back, so the panel only shows whether one is saved; an empty
 * password field keeps it. The hub checks host, port, TLS mode and folder and names a wrong value.
 */
final class BounceMailboxPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_PORT = 993;

    private final transient SettingsApi settings;
    private final String tenant;
    private final Texts texts;
    private final Span status = new Span();
    private final TextField host = new TextField();
    private final IntegerField port = new IntegerField();
    private final Select<String> tls = new Select<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField folder = new TextField();
    private final Button delete = new Button();
    private final Span error = new Span();
    private boolean passwordSaved;

    BounceMailboxPanel(SettingsApi settings, String tenant, Texts texts) {
        this.settings = settings;
        this.tenant = tenant;
        this.texts = texts;
        setId("bounce-mailbox");
        setPadding(false);

        status.setId("bounce-mailbox-status");
        label(host, "host");
        label(port, "port");
        label(tls, "tls");
        label(username, "username");
        label(password, "password");
        label(folder, "folder");
        host.setPlaceholder("imap.example.de");
        port.setMin(1);
        port.setMax(65535);
        tls.setItems(List.of("TLS", "STARTTLS", "NONE"));
        tls.setItemLabelGenerator(mode -> texts.get("bounce-mailbox.tls." + mode));
        folder.setPlaceholder("INBOX");

        FormLayout form = new FormLayout(host, port, tls, username, password, folder);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Button save = new Button(texts.get("bounce-mailbox.save"), click -> save());
        save.setId("bounce-mailbox-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(texts.get("bounce-mailbox.delete"));
        delete.setId("bounce-mailbox-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        error.setId("bounce-mailbox-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(save, delete, error);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new Paragraph(texts.get("bounce-mailbox.help")), status, form, actions);
        load();
    }

    private <T extends Component & HasLabel> void label(T field, String name) {
        field.setLabel(texts.get("bounce-mailbox." + name));
        field.setId("bounce-mailbox-" + name);
    }

    private void load() {
        try {
            show(settings.bounceMailbox(tenant));
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void show(BounceMailbox mailbox) {
        passwordSaved = mailbox.configured() && mailbox.passwordSaved();
        status.setText(texts.get(!mailbox.configured() ? "bounce-mailbox.not-configured"
                : passwordSaved ? "bounce-mailbox.configured" : "bounce-mailbox.configured-without-password"));
        host.setValue(mailbox.host() == null ? "" : mailbox.host());
        port.setValue(mailbox.port() == null ? DEFAULT_PORT : mailbox.port());
        tls.setValue(mailbox.tls() == null ? "TLS" : mailbox.tls());
        username.setValue(mailbox.username() == null ? "" : mailbox.username());
        folder.setValue(mailbox.folder() == null ? "" : mailbox.folder());
        password.clear();
        password.setPlaceholder(passwordSaved ? texts.get("bounce-mailbox.password-saved") : "");
        delete.setEnabled(mailbox.configured());
    }

    private void save() {
        Integer portValue = port.isInvalid() ? null : port.getValue();
        String problem = problem(host.getValue(), portValue, username.getValue(), password.getValue(), passwordSaved,
                texts);
        if (problem != null) {
            showError(problem);
            return;
        }
        BounceMailboxChange change = new BounceMailboxChange(host.getValue().strip(), portValue, tls.getValue(),
                username.getValue().strip(), password.getValue().isEmpty() ? null : password.getValue(),
                folder.getValue().isBlank() ? null : folder.getValue().strip());
        try {
            show(settings.saveBounceMailbox(tenant, change));
            error.setVisible(false);
            Notices.success(texts.get("bounce-mailbox.saved"));
        } catch (HubException e) {
            showError(Notices.describe(UI.getCurrent(), e));
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bounce-mailbox-confirm");
        dialog.setHeader(texts.get("bounce-mailbox.delete-title"));
        dialog.setText(texts.get("bounce-mailbox.delete-question"));
        dialog.setCancelable(true);
        dialog.setCancelText(texts.get("action.cancel"));
        dialog.setConfirmText(texts.get("bounce-mailbox.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                settings.deleteBounceMailbox(tenant);
                show(settings.bounceMailbox(tenant));
                error.setVisible(false);
                Notices.success(texts.get("bounce-mailbox.deleted"));
            } catch (HubException e) {
                showError(Notices.describe(UI.getCurrent(), e));
            }
        });
        dialog.open();
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    /**
     * Returns what is missing or out of range before the hub is asked, or null. The hub checks the
     * rest, such as the host name's characters and the folder.
     *
     * @param port null when the field is empty or contains no whole number
     */
    static String problem(String host, Integer port, String username, String password, boolean passwordSaved,
            Texts texts) {
        if (host == null || host.isBlank()) {
            return texts.get("bounce-mailbox.host-missing");
        }
        if (port == null || port < 1 || port > 65535) {
            return texts.get("bounce-mailbox.port-invalid");
        }
        if (username == null || username.isBlank()) {
            return texts.get("bounce-mailbox.username-missing");
        }
        if (!passwordSaved && (password == null || password.isEmpty())) {
            return texts.get("bounce-mailbox.password-missing");
        }
        return null;
    }
}
