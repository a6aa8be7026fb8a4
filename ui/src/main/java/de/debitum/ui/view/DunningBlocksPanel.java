package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.debitum.ui.client.DunningApi;
import de.debitum.ui.client.DunningModel.Block;
import de.debitum.ui.client.DunningModel.NewBlock;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Debtor;
import java.util.List;
import java.util.Locale;

/** The tenant's dunning blocks: list, add for a debtor with kind, reason and end date, and end. */
final class DunningBlocksPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final HubContext hub;
    private final transient DunningApi api;
    private final String tenant;
    private final Texts texts;
    private final boolean admin;
    private final Grid<Block> grid = new Grid<>();

    DunningBlocksPanel(HubContext hub, DunningApi api, String tenant, Texts texts, Locale locale, boolean admin) {
        this.hub = hub;
        this.api = api;
        this.tenant = tenant;
        this.texts = texts;
        this.admin = admin;
        setPadding(false);

        grid.setId("dunning-blocks");
        grid.addColumn(Block::debtorName).setHeader(texts.get("dunning.debtor")).setAutoWidth(true);
        grid.addColumn(block -> block.documentNumber() == null ? texts.get("dunning.block-all-documents")
                : block.documentNumber()).setHeader(texts.get("dunning.document")).setAutoWidth(true);
        grid.addColumn(block -> texts.get("dunning.block-kind." + block.kind())).setHeader(texts.get("dunning.block-kind"))
                .setAutoWidth(true);
        grid.addColumn(Block::reason).setHeader(texts.get("dunning.block-reason")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(block -> Formats.date(block.from(), locale)).setHeader(texts.get("dunning.block-from"))
                .setAutoWidth(true);
        grid.addColumn(block -> block.until() == null ? texts.get("dunning.block-open-ended")
                : Formats.date(block.until(), locale)).setHeader(texts.get("dunning.block-until")).setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::endButton);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(texts.get("dunning.blocks-empty"));
        grid.setAllRowsVisible(true);
        add(grid);
        if (admin) {
            add(createForm(locale));
        }
        refresh();
    }

    private Button endButton(Block block) {
        Button end = new Button(texts.get("dunning.block-end"), click -> {
            try {
                api.endBlock(tenant, block.id());
                Notices.success(texts.get("dunning.block-ended", block.debtorName()));
            } catch (HubException e) {
                Notices.error(e);
            }
            refresh();
        });
        end.setId("end-block-" + block.id());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return end;
    }

    private HorizontalLayout createForm(Locale locale) {
        ComboBox<Debtor> debtor = new ComboBox<>(texts.get("dunning.debtor"));
        debtor.setId("block-debtor");
        debtor.setItemLabelGenerator(d -> d.name() + " (" + d.customerNumber() + ")");
        debtor.setItems(query -> {
            HubApi hubApi = hub.api();
            String filter = query.getFilter().orElse("");
            // The combo box requests one page at a time; the hub matches the start of a name or customer number.
            List<Debtor> page = hubApi.debtors(tenant, filter, query.getPage(), query.getPageSize()).items();
            return page.stream();
        });
        Select<String> kind = new Select<>();
        kind.setId("block-kind");
        kind.setLabel(texts.get("dunning.block-kind"));
        kind.setItems(List.of("DISPUTE", "INSTALMENTS", "PROMISE_TO_PAY"));
        kind.setItemLabelGenerator(k -> texts.get("dunning.block-kind." + k));
        kind.setValue("DISPUTE");
        TextField reason = new TextField(texts.get("dunning.block-reason"));
        reason.setId("block-reason");
        reason.setMaxLength(DunningView.MAX_REASON_LENGTH);
        DatePicker until = new DatePicker(texts.get("dunning.block-until"));
        until.setId("block-until");
        until.setLocale(locale);
        until.setHelperText(texts.get("dunning.block-until-help"));

        Button add = new Button(texts.get("dunning.block-add"), click -> {
            boolean debtorValid = debtor.getValue() != null;
            debtor.setInvalid(!debtorValid);
            debtor.setErrorMessage(debtorValid ? null : texts.get("dunning.block-debtor-missing"));
            boolean reasonValid = !reason.getValue().isBlank();
            reason.setInvalid(!reasonValid);
            reason.setErrorMessage(reasonValid ? null : texts.get("dunning.block-reason-missing"));
            if (!debtorValid || !reasonValid) {
                return;
            }
            try {
                api.addBlock(tenant, new NewBlock(debtor.getValue().id(), null, kind.getValue(), reason.getValue().strip(),
                        null, until.getValue()));
                Notices.success(texts.get("dunning.block-added", debtor.getValue().name()));
                reason.clear();
                until.clear();
            } catch (HubException e) {
                Notices.error(e);
            }
            refresh();
        });
        add.setId("block-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(debtor, kind, reason, until, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void refresh() {
        try {
            grid.setItems(api.blocks(tenant, HubApi.MAX_PAGE_SIZE).items());
        } catch (HubException e) {
            Notices.error(e);
        }
    }
}
