package de.debitum.ui.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.SettingsApi;
import de.debitum.ui.i18n.LanguageSelection;
import de.debitum.ui.i18n.MessagesProvider;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The user's language and, for tenant admins and operators, the tenant's company data and
 * letterhead, ledger settings, bounce mailbox, users and API keys.
 */
@Route(value = "settings", layout = MainLayout.class)
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public SettingsView(HubContext hub, HubClient client) {
        setId("settings-view");
        add(new H2(getTranslation("settings.title")));

        add(new H3(getTranslation("settings.language")));
        Select<Locale> language = new Select<>();
        language.setId("settings-language");
        language.setItems(MessagesProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(MessagesProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguageSelection.switchTo(event.getValue());
            }
        });
        add(language);

        String tenant = hub.tenant().orElse(null);
        if (!hub.me().isAdmin()) {
            return;
        }
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        Locale locale = MessagesProvider.supported(getLocale());
        SettingsApi settings = new SettingsApi(hub.api(), client, () -> locale);
        add(new CompanyProfilePanel(settings, tenant, this::getTranslation));
        add(new H3(getTranslation("settings.ledger", tenant)));
        add(new LedgerSettingsPanel(settings, tenant, this::getTranslation));
        add(new H3(getTranslation("settings.bounce-mailbox", tenant)));
        add(new BounceMailboxPanel(settings, tenant, this::getTranslation));
        add(new H3(getTranslation("settings.users", tenant)));
        add(new UsersPanel(hub, tenant, this::getTranslation, getLocale()));
        add(new H3(getTranslation("settings.api-keys", tenant)));
        add(new ApiKeysPanel(hub, tenant, this::getTranslation, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " – Debitum";
    }
}
