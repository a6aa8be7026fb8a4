package de.debitum.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.ConnectionTestResult;
import de.debitum.ui.client.Model.ConnectorConfig;
import de.debitum.ui.client.Model.ConnectorInstance;
import de.debitum.ui.client.Model.ConnectorType;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of installed connector types and the tenant's instances with their status. Admins
 * add, configure, test, enable and disable instances; clerks only look.
 */
@Route(value = "connectors", layout = MainLayout.class)
@PermitAll
public class ConnectorsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final HubContext hub;
    private final Grid<ConnectorInstance> instances = new Grid<>();
    private List<ConnectorType> types = List.of();
    private String tenant;

    public ConnectorsView(HubContext hub) {
        this.hub = hub;
        setId("connectors-view");
        add(new H2(getTranslation("connectors.title")));
        tenant = hub.tenant().orElse(null);

        try {
            types = hub.api().connectorTypes();
        } catch (HubException e) {
            add(new Paragraph(Notices.describe(UI.getCurrent(), e)));
        }
        add(new H3(getTranslation("connectors.catalogue")));
        add(catalogue());

        add(new H3(getTranslation("connectors.instances")));
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        if (hub.me().isAdmin()) {
            Button addInstance = new Button(getTranslation("connector.add"), click -> openNew());
            addInstance.setId("connector-add");
            addInstance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addInstance.setEnabled(!types.isEmpty());
            add(addInstance);
        }
        configureInstances();
        add(instances);
        refresh();
    }

    private Grid<ConnectorType> catalogue() {
        Locale locale = getLocale();
        Grid<ConnectorType> catalogue = new Grid<>();
        catalogue.setId("connector-catalogue");
        catalogue.addColumn(t -> t.displayName(locale)).setHeader(getTranslation("connector.name"))
                .setWidth("16rem").setFlexGrow(2);
        catalogue.addColumn(ConnectorType::id).setHeader(getTranslation("connector.type")).setAutoWidth(true)
                .setFlexGrow(0);
        catalogue.addColumn(ConnectorType::version).setHeader(getTranslation("connector.version")).setAutoWidth(true)
                .setFlexGrow(0);
        catalogue.addColumn(t -> String.join(", ", t.provides().stream()
                .map(p -> getTranslation("capability." + p)).toList()))
                .setHeader(getTranslation("connector.provides")).setWidth("12rem").setFlexGrow(1);
        catalogue.setEmptyStateText(getTranslation("connectors.catalogue-empty"));
        catalogue.setItems(types);
        catalogue.setAllRowsVisible(true);
        catalogue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return catalogue;
    }

    private void configureInstances() {
        Locale locale = getLocale();
        instances.setId("connector-instances");
        instances.addColumn(ConnectorInstance::id).setHeader(getTranslation("connector.instance")).setAutoWidth(true)
                .setFlexGrow(0);
        instances.addColumn(ConnectorInstance::typeId).setHeader(getTranslation("connector.type")).setAutoWidth(true)
                .setFlexGrow(0);
        instances.addComponentColumn(this::stateBadge).setHeader(getTranslation("connector.state")).setAutoWidth(true)
                .setFlexGrow(0);
        instances.addColumn(i -> Formats.dateTime(i.lastRun(), locale)).setHeader(getTranslation("connector.last-run"))
                .setAutoWidth(true).setFlexGrow(0);
        // A fixed width lets the long header wrap instead of widening the column to its length.
        instances.addColumn(i -> i.recordsLastRun() == null ? "" : i.recordsLastRun() + " / " + i.recordsTotal())
                .setHeader(getTranslation("connector.records")).setWidth("10rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        instances.addColumn(this::problem).setHeader(getTranslation("connector.last-error"))
                .setWidth("5rem").setFlexGrow(1);
        if (hub.me().isAdmin()) {
            // Two buttons to a row, because four in one row make the grid wider than a 1440 px window.
            instances.addComponentColumn(this::actions).setHeader(getTranslation("connector.actions"))
                    .setWidth("14rem").setFlexGrow(0);
        }
        instances.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        instances.setEmptyStateText(getTranslation("connectors.instances-empty"));
        instances.setAllRowsVisible(true);
    }

    private Span stateBadge(ConnectorInstance instance) {
        Badges.Tone tone = switch (instance.state() == null ? "" : instance.state()) {
            case "RUNNING" -> Badges.Tone.SUCCESS;
            case "FAILED", "INVALID_CONFIGURATION" -> Badges.Tone.ERROR;
            default -> Badges.Tone.NEUTRAL;
        };
        Span badge = Badges.badge(getTranslation("state." + instance.state()), tone);
        badge.addClassName("state-" + instance.state());
        return badge;
    }

    private HorizontalLayout actions(ConnectorInstance instance) {
        Button configure = new Button(getTranslation("connector.configure"), click -> openEdit(instance));
        configure.setId("configure-" + instance.id());
        Button test = new Button(getTranslation("connector.test"), click -> test(instance));
        test.setId("test-" + instance.id());
        Button toggle = instance.enabled()
                ? new Button(getTranslation("connector.disable"), click -> setEnabled(instance, false))
                : new Button(getTranslation("connector.enable"), click -> setEnabled(instance, true));
        toggle.setId((instance.enabled() ? "disable-" : "enable-") + instance.id());
        Button run = new Button(getTranslation("connector.run"), click -> run(instance));
        run.setId("run-" + instance.id());
        run.setEnabled("RUNNING".equals(instance.state()));
        run.setTooltipText(getTranslation("connector.run-help"));
        for (Button button : List.of(configure, test, run, toggle)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout actions = new HorizontalLayout(configure, test, run, toggle);
        actions.setWrap(true);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        actions.setSpacing(false);
        return actions;
    }

    private void refresh() {
        try {
            instances.setItems(hub.api().connectors(tenant));
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void openNew() {
        ConnectorDialog.create(hub.api(), tenant, types, this::getTranslation, getLocale(), this::refresh).open();
    }

    private void openEdit(ConnectorInstance instance) {
        HubApi api = hub.api();
        try {
            ConnectorConfig config = api.connectorConfig(tenant, instance.id());
            Optional<ConnectorType> type = types.stream().filter(t -> t.id().equals(config.typeId())).findFirst();
            if (type.isEmpty()) {
                Notices.error(getTranslation("connector.type-not-installed", config.typeId()));
                return;
            }
            ConnectorDialog.edit(api, tenant, type.get(), config, this::getTranslation, getLocale(), this::refresh)
                    .open();
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void test(ConnectorInstance instance) {
        try {
            ConnectionTestResult result = hub.api().testConnector(tenant, instance.id());
            String text = getTranslation(result.successful() ? "connector.test-ok" : "connector.test-failed",
                    instance.id(), nullToEmpty(result.message()));
            if (result.successful()) {
                Notices.success(text);
            } else {
                Notices.error(text);
            }
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void run(ConnectorInstance instance) {
        try {
            ConnectorInstance running = hub.api().runConnector(tenant, instance.id());
            Notices.success(getTranslation("connector.run-done", running.id()));
        } catch (HubException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void setEnabled(ConnectorInstance instance, boolean enable) {
        try {
            HubApi api = hub.api();
            ConnectorInstance changed = enable
                    ? api.enableConnector(tenant, instance.id())
                    : api.disableConnector(tenant, instance.id());
            Notices.success(getTranslation(enable ? "connector.enabled-done" : "connector.disabled-done",
                    changed.id(), getTranslation("state." + changed.state())));
        } catch (HubException e) {
            Notices.error(e);
        }
        refresh();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connectors.title") + " – Debitum";
    }

    /** Returns the instance's last error, or else the file it rejected as a whole in its latest batch. */
    private String problem(ConnectorInstance instance) {
        if (instance.lastError() != null || instance.lastFileRejection() == null) {
            return nullToEmpty(instance.lastError());
        }
        return getTranslation("connector.last-file-rejected", instance.lastFileRejection().fileName(),
                instance.lastFileRejection().in(getLocale()));
    }
}
