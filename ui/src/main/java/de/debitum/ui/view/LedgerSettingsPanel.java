package de.debitum.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.SettingsApi;
import de.debitum.ui.client.SettingsApi.LedgerSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's ledger and DATEV settings: chart of accounts, DATEV consultant and client number,
 * fiscal year, account length and the debtor account range. The hub checks every value as the
 * shell's {@code debitum:ledger-settings} does.
 *
 * <p>NOTE: own accounts per role and G/L accounts per bank IBAN are shown by the API but edited
 * only through the API or the shell; this form has no fields for them yet.
 */
final class LedgerSettingsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient SettingsApi settings;
    private final String tenant;
    private final Texts texts;
    private final Select<String> chart = new Select<>();
    private final IntegerField consultant = new IntegerField();
    private final IntegerField client = new IntegerField();
    private final IntegerField fiscalMonth = new IntegerField();
    private final IntegerField accountLength = new IntegerField();
    private final IntegerField debtorFrom = new IntegerField();
    private final IntegerField debtorTo = new IntegerField();
    private final Select<String> debtorRule = new Select<>();
    private final Checkbox returnFeeToDebtor = new Checkbox();
    private final Checkbox lockOnImport = new Checkbox();
    private final Span error = new Span();

    LedgerSettingsPanel(SettingsApi settings, String tenant, Texts texts) {
        this.settings = settings;
        this.tenant = tenant;
        this.texts = texts;
        setId("ledger-settings");
        setPadding(false);

        chart.setItems(List.of("SKR03", "SKR04"));
        debtorRule.setItems(List.of("SEQUENTIAL", "CUSTOMER_NUMBER", "COLLECTIVE"));
        debtorRule.setItemLabelGenerator(rule -> texts.get("ledger-settings.rule." + rule));
        label(chart, "chart");
        label(debtorRule, "debtorAccountRule");
        label(consultant, "consultantNumber");
        label(client, "clientNumber");
        label(fiscalMonth, "fiscalYearStartMonth");
        label(accountLength, "accountLength");
        label(debtorFrom, "debtorAccountFrom");
        label(debtorTo, "debtorAccountTo");
        consultant.setHelperText(texts.get("ledger-settings.consultantNumber-help"));
        client.setHelperText(texts.get("ledger-settings.clientNumber-help"));
        returnFeeToDebtor.setLabel(texts.get("ledger-settings.returnFeeToDebtor"));
        returnFeeToDebtor.setId("ledger-settings-returnFeeToDebtor");
        lockOnImport.setLabel(texts.get("ledger-settings.lockOnImport"));
        lockOnImport.setId("ledger-settings-lockOnImport");

        FormLayout form = new FormLayout(chart, consultant, client, fiscalMonth, accountLength, debtorFrom, debtorTo,
                debtorRule, returnFeeToDebtor, lockOnImport);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        Button save = new Button(texts.get("ledger-settings.save"), click -> save());
        save.setId("ledger-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("ledger-settings-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(save, error);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(form, actions);
        load();
    }

    private <T extends Component & HasLabel> void label(T field, String name) {
        field.setLabel(texts.get("ledger-settings." + name));
        field.setId("ledger-settings-" + name);
    }

    private void load() {
        try {
            show(settings.ledgerSettings(tenant));
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void show(LedgerSettings values) {
        chart.setValue(values.chart());
        consultant.setValue(values.consultantNumber());
        client.setValue(values.clientNumber());
        fiscalMonth.setValue(values.fiscalYearStartMonth());
        accountLength.setValue(values.accountLength());
        debtorFrom.setValue(values.debtorAccountFrom());
        debtorTo.setValue(values.debtorAccountTo());
        debtorRule.setValue(values.debtorAccountRule());
        returnFeeToDebtor.setValue(values.returnFeeToDebtor());
        lockOnImport.setValue(values.lockOnImport());
    }

    private void save() {
        // HashMap because an empty consultant or client number is sent as null, which resets it.
        Map<String, Object> changes = new HashMap<>();
        changes.put("chart", chart.getValue());
        changes.put("consultantNumber", consultant.getValue());
        changes.put("clientNumber", client.getValue());
        changes.put("fiscalYearStartMonth", fiscalMonth.getValue());
        changes.put("accountLength", accountLength.getValue());
        changes.put("debtorAccountFrom", debtorFrom.getValue());
        changes.put("debtorAccountTo", debtorTo.getValue());
        changes.put("debtorAccountRule", debtorRule.getValue());
        changes.put("returnFeeToDebtor", returnFeeToDebtor.getValue());
        changes.put("lockOnImport", lockOnImport.getValue());
        try {
            show(settings.saveLedgerSettings(tenant, changes));
            error.setVisible(false);
            Notices.success(texts.get("ledger-settings.saved"));
        } catch (HubException e) {
            error.setText(Notices.describe(UI.getCurrent(), e));
            error.setVisible(true);
        }
    }
}
