package de.debitum.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.SettingsApi;
import de.debitum.ui.client.SettingsApi.LedgerSettings;
import de.debitum.ui.view.LedgerAccountEntries.BankEntry;
import de.debitum.ui.view.LedgerAccountEntries.InvalidEntryException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tenant's ledger and DATEV settings: chart of accounts, DATEV consultant and client number,
 * fiscal year, account length, the debtor account range, own G/L accounts per role and per bank
 * IBAN. The hub checks every value as the shell's {@code debitum:ledger-settings} does, and
 * {@link LedgerAccountEntries} checks the accounts before they are sent.
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
    /** Own account per role, keyed by role name. An empty field means the chart's default. */
    private final Map<String, IntegerField> roleAccounts = new LinkedHashMap<>();
    private final VerticalLayout bankRows = new VerticalLayout();
    /** Rows of the bank table: IBAN and G/L account. */
    private final List<BankRow> bankEntries = new ArrayList<>();
    /** Number for the ids of the next bank row. Removed rows keep theirs, so the ids stay unique. */
    private int nextBankRow;
    /** Bank accounts as the hub last returned them; an IBAN missing from the table on save is removed. */
    private Map<String, Integer> storedBankAccounts = Map.of();
    private final Span error = new Span();

    /** The input fields of one row of the bank table. */
    private record BankRow(TextField iban, IntegerField account, HorizontalLayout layout) implements Serializable {
    }

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
        add(form, roleAccountsSection(), bankAccountsSection(), actions);
        load();
    }

    private Details roleAccountsSection() {
        FormLayout accounts = new FormLayout();
        accounts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        for (String role : LedgerAccountEntries.ROLES) {
            IntegerField field = new IntegerField(texts.get("ledger-settings.role." + role));
            field.setId("ledger-settings-account-" + role);
            roleAccounts.put(role, field);
            accounts.add(field);
        }
        Details section = new Details(texts.get("ledger-settings.accounts"),
                new Paragraph(texts.get("ledger-settings.accounts-help")), accounts);
        section.setId("ledger-settings-accounts");
        return section;
    }

    private Details bankAccountsSection() {
        bankRows.setPadding(false);
        bankRows.setSpacing(false);
        Button add = new Button(texts.get("ledger-settings.bank-add"), VaadinIcon.PLUS.create(),
                click -> addBankRow(null, null));
        add.setId("ledger-settings-bank-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Details section = new Details(texts.get("ledger-settings.bank-accounts"),
                new Paragraph(texts.get("ledger-settings.bank-accounts-help")), bankRows, add);
        section.setId("ledger-settings-bank-accounts");
        return section;
    }

    private void addBankRow(String iban, Integer account) {
        int index = nextBankRow++;
        TextField ibanField = new TextField(texts.get("ledger-settings.bank-iban"));
        ibanField.setId("ledger-settings-bank-iban-" + index);
        ibanField.setWidth("24em");
        ibanField.setValue(iban == null ? "" : iban);
        IntegerField accountField = new IntegerField(texts.get("ledger-settings.bank-account"));
        accountField.setId("ledger-settings-bank-account-" + index);
        accountField.setValue(account);
        HorizontalLayout layout = new HorizontalLayout(ibanField, accountField);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        BankRow row = new BankRow(ibanField, accountField, layout);
        Button remove = new Button(texts.get("ledger-settings.bank-remove"), VaadinIcon.TRASH.create(), click -> {
            bankEntries.remove(row);
            bankRows.remove(layout);
        });
        remove.setId("ledger-settings-bank-remove-" + index);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        bankEntries.add(row);
        bankRows.add(layout);
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
        // A role without an own account shows the chart's default that the hub books on instead.
        roleAccounts.forEach((role, field) -> {
            field.setValue(values.ownAccounts().get(role));
            Integer effective = values.accounts().get(role);
            field.setPlaceholder(effective == null ? "" : String.valueOf(effective));
        });
        storedBankAccounts = values.bankAccounts();
        bankEntries.clear();
        bankRows.removeAll();
        nextBankRow = 0;
        new TreeMap<>(values.bankAccounts()).forEach(this::addBankRow);
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
        // An account field with text that is no whole number has no value, which would reset the account.
        IntegerField unparsable = Stream.concat(roleAccounts.values().stream(), bankEntries.stream().map(BankRow::account))
                .filter(IntegerField::isInvalid).findFirst().orElse(null);
        if (unparsable != null) {
            error.setText(texts.get("ledger-settings.account-not-number", unparsable.getLabel()));
            error.setVisible(true);
            return;
        }
        try {
            Map<String, Integer> ownAccounts = new LinkedHashMap<>();
            roleAccounts.forEach((role, field) -> ownAccounts.put(role, field.getValue()));
            changes.put("accounts", LedgerAccountEntries.accountChanges(ownAccounts, accountLength.getValue(), texts));
            List<BankEntry> banks = bankEntries.stream()
                    .map(row -> new BankEntry(row.iban().getValue(), row.account().getValue())).toList();
            changes.put("bankAccounts", LedgerAccountEntries.bankChanges(storedBankAccounts, banks,
                    accountLength.getValue(), texts));
        } catch (InvalidEntryException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
            return;
        }
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
