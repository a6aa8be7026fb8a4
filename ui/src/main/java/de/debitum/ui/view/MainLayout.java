package de.debitum.ui.view;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.debitum.ui.client.Model.Me;
import de.debitum.ui.i18n.LanguageSelection;
import de.debitum.ui.i18n.MessagesProvider;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame around every view: the menu, the tenant selector for users who see several tenants,
 * the language switch and sign-out.
 */
@PermitAll
@PageTitle("Debitum")
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout(HubContext hub, AuthenticationContext authentication) {
        Me me = hub.refreshMe();

        Span title = new Span("Debitum");
        title.addClassName("debitum-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        HorizontalLayout header = new HorizontalLayout();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        header.add(new DrawerToggle(), title);
        header.addAndExpand(new Span());
        header.add(tenantSelector(hub, me), languageSelect(), userLabel(me), logoutButton(authentication));
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-menu");
        nav.addItem(new SideNavItem(getTranslation("menu.overview"), OverviewView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.connectors"), ConnectorsView.class, VaadinIcon.PLUG.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.receivables"), ReceivablesView.class,
                VaadinIcon.INVOICE.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.matching"), MatchingView.class, VaadinIcon.CONNECT.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.imports"), ImportsView.class, VaadinIcon.UPLOAD.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.dunning"), DunningView.class, VaadinIcon.ENVELOPES.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.output"), OutputView.class, VaadinIcon.PAPERPLANE.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.ledger"), LedgerView.class, VaadinIcon.BOOK_DOLLAR.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.settings"), SettingsView.class, VaadinIcon.COG.create()));
        if (me.isOperator()) {
            nav.addItem(new SideNavItem(getTranslation("menu.bundles"), BundlesView.class, VaadinIcon.PACKAGE.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private com.vaadin.flow.component.Component tenantSelector(HubContext hub, Me me) {
        if (me.tenants().size() <= 1) {
            Span tenant = new Span(hub.tenant().orElse(getTranslation("tenant.none")));
            tenant.setId("tenant-name");
            return tenant;
        }
        ComboBox<String> tenants = new ComboBox<>();
        tenants.setId("tenant-select");
        tenants.setAriaLabel(getTranslation("tenant.select"));
        tenants.setPlaceholder(getTranslation("tenant.select"));
        tenants.setItems(me.tenants());
        hub.tenant().ifPresent(tenants::setValue);
        tenants.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                hub.selectTenant(event.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return tenants;
    }

    private Select<Locale> languageSelect() {
        Select<Locale> language = new Select<>();
        language.setId("language-select");
        language.setAriaLabel(getTranslation("settings.language"));
        language.setItems(MessagesProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(MessagesProvider.supported(getLocale()));
        language.setWidth("9em");
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguageSelection.switchTo(event.getValue());
            }
        });
        return language;
    }

    private Span userLabel(Me me) {
        Span user = new Span(me.name() + " (" + getTranslation("role." + me.role()) + ")");
        user.setId("current-user");
        return user;
    }

    private Button logoutButton(AuthenticationContext authentication) {
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }
}
