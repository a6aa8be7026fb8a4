package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.NewUser;
import de.debitum.ui.client.Model.User;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The tenant's users: list, create with a role, disable. */
final class UsersPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** User names as the hub accepts them. */
    static final Pattern USER_NAME = Pattern.compile("[a-z0-9._@-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 72;
    static final int MAX_PASSWORD_BYTES = 72;
    /** Users shown; a tenant has far fewer, the hub's page limit is 500. */
    static final int MAX_LISTED = 500;

    private final HubContext hub;
    private final String tenant;
    private final Texts texts;
    private final Grid<User> grid = new Grid<>();

    UsersPanel(HubContext hub, String tenant, Texts texts, Locale locale) {
        this.hub = hub;
        this.tenant = tenant;
        this.texts = texts;
        setPadding(false);

        grid.setId("users");
        grid.addColumn(User::name).setHeader(texts.get("user.name"));
        grid.addColumn(u -> texts.get("role." + u.role())).setHeader(texts.get("user.role"));
        grid.addColumn(u -> texts.get("language." + u.language())).setHeader(texts.get("settings.language"));
        grid.addColumn(u -> texts.get(u.enabled() ? "user.enabled" : "user.disabled")).setHeader(texts.get("user.status"));
        grid.addColumn(u -> Formats.dateTime(u.createdAt(), locale)).setHeader(texts.get("user.created"));
        grid.addComponentColumn(this::disableButton);
        grid.setAllRowsVisible(true);
        add(grid, createForm());
        refresh();
    }

    private Button disableButton(User user) {
        Button disable = new Button(texts.get("user.disable"), click -> disable(user));
        disable.setId("disable-user-" + user.name());
        disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        disable.setEnabled(user.enabled() && !user.name().equals(hub.me().name()));
        return disable;
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField(texts.get("user.name"));
        name.setId("new-user-name");
        name.setMaxLength(64);
        name.setHelperText(texts.get("user.name-help"));
        PasswordField password = new PasswordField(texts.get("user.password"));
        password.setId("new-user-password");
        password.setMaxLength(MAX_PASSWORD_LENGTH);
        password.setHelperText(texts.get("user.password-help", MIN_PASSWORD_LENGTH));
        Select<String> role = new Select<>();
        role.setId("new-user-role");
        role.setLabel(texts.get("user.role"));
        role.setItems(List.of("clerk", "tenant-admin"));
        role.setItemLabelGenerator(r -> texts.get("role." + r));
        role.setValue("clerk");
        Select<String> language = new Select<>();
        language.setId("new-user-language");
        language.setLabel(texts.get("settings.language"));
        language.setItems(List.of("de", "en"));
        language.setItemLabelGenerator(l -> texts.get("language." + l));
        language.setValue("de");

        Button create = new Button(texts.get("user.create"), click -> {
            String userName = name.getValue().trim();
            boolean nameValid = USER_NAME.matcher(userName).matches();
            name.setInvalid(!nameValid);
            name.setErrorMessage(nameValid ? null : texts.get("user.name-invalid", userName));
            // bcrypt reads no more than 72 bytes, so the hub rejects longer passwords.
            int passwordBytes = password.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            boolean passwordValid = password.getValue().length() >= MIN_PASSWORD_LENGTH
                    && passwordBytes <= MAX_PASSWORD_BYTES;
            password.setInvalid(!passwordValid);
            password.setErrorMessage(passwordValid ? null
                    : texts.get("user.password-length", MIN_PASSWORD_LENGTH, MAX_PASSWORD_BYTES));
            if (!nameValid || !passwordValid) {
                return;
            }
            try {
                hub.api().createUser(tenant, new NewUser(userName, password.getValue(), role.getValue(),
                        language.getValue()));
                Notices.success(texts.get("user.created-done", userName));
                name.clear();
                password.clear();
                refresh();
            } catch (HubException e) {
                Notices.error(e);
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, password, role, language, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void disable(User user) {
        try {
            hub.api().disableUser(tenant, user.name());
            Notices.success(texts.get("user.disabled-done", user.name()));
        } catch (HubException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void refresh() {
        try {
            HubApi api = hub.api();
            grid.setItems(api.users(tenant, 0, MAX_LISTED).items());
        } catch (HubException e) {
            Notices.error(e);
        }
    }
}
