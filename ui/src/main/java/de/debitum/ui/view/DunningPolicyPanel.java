package de.debitum.ui.view;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import de.debitum.ui.client.DunningApi;
import de.debitum.ui.client.DunningModel.Level;
import de.debitum.ui.client.DunningModel.Policy;
import de.debitum.ui.client.DunningModel.Warning;
import de.debitum.ui.client.HubException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A simple form for the dunning policy: days and fee per level, the thresholds and the
 * automatic-sending switch. Template, channel and approval of a level stay as stored. The hub
 * checks the values and names each invalid one.
 */
final class DunningPolicyPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient DunningApi api;
    private final String tenant;
    private final Texts texts;
    private final Paragraph warnings = new Paragraph();

    DunningPolicyPanel(DunningApi api, String tenant, Texts texts, boolean admin) {
        this.api = api;
        this.tenant = tenant;
        this.texts = texts;
        setPadding(false);
        setId("dunning-policy");
        Policy policy;
        try {
            policy = api.policy(tenant);
        } catch (HubException e) {
            Notices.error(e);
            return;
        }

        List<IntegerField> delays = new ArrayList<>();
        List<BigDecimalField> fees = new ArrayList<>();
        for (int i = 0; i < policy.levels().size(); i++) {
            Level level = policy.levels().get(i);
            IntegerField delay = new IntegerField(texts.get("dunning.policy-delay." + level.delayBasis()));
            delay.setId("policy-delay-" + i);
            delay.setValue(level.delayDays());
            delay.setMin(0);
            delay.setStepButtonsVisible(true);
            BigDecimalField fee = new BigDecimalField(texts.get("dunning.policy-fee", policy.currency()));
            fee.setId("policy-fee-" + i);
            fee.setValue(level.fee());
            delays.add(delay);
            fees.add(fee);
            Paragraph name = new Paragraph((i + 1) + ". " + texts.get("dunning.kind." + level.kind()));
            name.setWidth("12em");
            add(row(name, delay, fee));
        }
        BigDecimalField minimumAmount = new BigDecimalField(texts.get("dunning.policy-minimum-amount", policy.currency()));
        minimumAmount.setId("policy-minimum-amount");
        minimumAmount.setValue(policy.minimumOpenAmount());
        IntegerField minimumDays = new IntegerField(texts.get("dunning.policy-minimum-days"));
        minimumDays.setId("policy-minimum-days");
        minimumDays.setValue(policy.minimumDaysOverdue());
        IntegerField graceDays = new IntegerField(texts.get("dunning.policy-grace-days"));
        graceDays.setId("policy-grace-days");
        graceDays.setValue(policy.graceDays());
        // One width for the row, wide enough for labels such as "Mindestbetrag (EUR)" that the default width cuts.
        for (HasSize field : List.of(minimumAmount, minimumDays, graceDays)) {
            field.setWidth("14em");
        }
        add(row(minimumAmount, minimumDays, graceDays));
        Checkbox autoSend = new Checkbox(texts.get("dunning.policy-auto-send"), policy.autoSend());
        autoSend.setId("policy-auto-send");
        add(autoSend, warnings);
        showWarnings(policy.warnings());

        if (!admin) {
            delays.forEach(field -> field.setReadOnly(true));
            fees.forEach(field -> field.setReadOnly(true));
            minimumAmount.setReadOnly(true);
            minimumDays.setReadOnly(true);
            graceDays.setReadOnly(true);
            autoSend.setReadOnly(true);
            return;
        }
        Button save = new Button(texts.get("action.save"), click -> {
            List<Level> levels = new ArrayList<>();
            for (int i = 0; i < policy.levels().size(); i++) {
                Level level = policy.levels().get(i);
                levels.add(new Level(level.kind(), level.name(), level.nameEn(), level.delayBasis(),
                        valueOr(delays.get(i).getValue(), -1), level.paymentTermDays(), fees.get(i).getValue(),
                        level.templateKey(), level.channel(), level.needsApproval()));
            }
            Policy changed = new Policy(policy.currency(), levels, minimumAmount.getValue(),
                    valueOr(minimumDays.getValue(), -1), valueOr(graceDays.getValue(), -1),
                    policy.businessFlatFeeEnabled(), policy.escalationDaysAfterFinalLevel(), autoSend.getValue(),
                    List.of());
            if (changed.minimumOpenAmount() == null || fees.stream().anyMatch(field -> field.getValue() == null)) {
                Notices.error(texts.get("dunning.policy-amount-missing"));
                return;
            }
            try {
                Policy saved = api.savePolicy(tenant, changed);
                showWarnings(saved.warnings());
                Notices.success(texts.get("dunning.policy-saved"));
            } catch (HubException e) {
                Notices.error(e);
            }
        });
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private void showWarnings(List<Warning> list) {
        boolean english = "en".equals(getLocale().getLanguage());
        warnings.setText(list == null ? "" : list.stream().map(w -> english ? w.messageEn() : w.messageDe())
                .collect(Collectors.joining(" ")));
    }

    /** Returns the field's value, or an invalid one the hub rejects with a message naming the field. */
    private static int valueOr(Integer value, int invalid) {
        return value == null ? invalid : value;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
