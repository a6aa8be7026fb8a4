package de.debitum.ui.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.debitum.ui.client.DunningApi;
import de.debitum.ui.client.DunningModel.Item;
import de.debitum.ui.client.DunningModel.Notice;
import de.debitum.ui.client.DunningModel.PlannedNotice;
import de.debitum.ui.client.DunningModel.RunResult;
import de.debitum.ui.client.DunningModel.Skip;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.i18n.MessagesProvider;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Mahnwesen: the preview of the next run with every skipped item and its reason, the run itself,
 * the notices awaiting approval (approve, postpone, cancel), the dunning blocks and the policy.
 * Clerks see everything; only tenant admins and operators change anything, as the hub enforces.
 */
@Route(value = "dunning", layout = MainLayout.class)
@PermitAll
public class DunningView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Notices shown for approval; the hub's page limit is 500. */
    static final int MAX_LISTED = 500;
    static final int MAX_REASON_LENGTH = 500;
    /** Browser poll interval while a dunning run of this session runs. */
    static final int POLL_MILLIS = 500;
    private static final String RUN_ATTRIBUTE = "debitum.dunning-run";

    private final transient DunningApi api;
    private final String tenant;
    private final boolean admin;
    private final Locale locale;
    private final Paragraph previewSummary = new Paragraph();
    private final Grid<PlannedNotice> planned = new Grid<>();
    private final Grid<Skip> skipped = new Grid<>();
    private final Grid<Notice> awaiting = new Grid<>();
    private final Button runButton = new Button();
    private final ProgressBar runProgress = new ProgressBar();
    private final Paragraph runStatus = new Paragraph();
    private final ViewPolling polling = new ViewPolling(POLL_MILLIS, () -> showRun(true));

    public DunningView(HubContext hub, HubClient client) {
        setId("dunning-view");
        add(new H2(getTranslation("dunning.title")));
        this.tenant = hub.tenant().orElse(null);
        this.admin = hub.me().isAdmin();
        this.locale = MessagesProvider.supported(getLocale());
        UI ui = UI.getCurrent();
        Locale apiLocale = ui != null ? MessagesProvider.supported(ui.getLocale()) : MessagesProvider.GERMAN;
        this.api = new DunningApi(client, hub.session(), () -> apiLocale);
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }

        add(new H3(getTranslation("dunning.preview")), previewSummary, createPlannedGrid(), createSkippedGrid());
        if (admin) {
            runButton.setText(getTranslation("dunning.run-now"));
            runButton.addClickListener(click -> runNow());
            runButton.setId("dunning-run");
            runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            runProgress.setIndeterminate(true);
            runProgress.setWidth("12em");
            runProgress.setVisible(false);
            runStatus.setId("dunning-run-status");
            runStatus.setVisible(false);
            HorizontalLayout runRow = new HorizontalLayout(runButton, runProgress);
            runRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(runRow, runStatus);
        }
        add(new H3(getTranslation("dunning.awaiting")), createAwaitingGrid());
        if (admin) {
            add(createReviewBar());
        }
        add(new H3(getTranslation("dunning.blocks")), new DunningBlocksPanel(hub, api, tenant, this::getTranslation,
                locale, admin));
        add(new H3(getTranslation("dunning.policy")), new DunningPolicyPanel(api, tenant, this::getTranslation, admin));
        refresh();
    }

    private Grid<PlannedNotice> createPlannedGrid() {
        planned.setId("dunning-planned");
        planned.addColumn(PlannedNotice::debtorName).setHeader(getTranslation("dunning.debtor")).setWidth("12rem")
                .setFlexGrow(2);
        planned.addColumn(notice -> level(notice.levelNumber(), notice.levelKind()))
                .setHeader(getTranslation("dunning.level")).setAutoWidth(true).setFlexGrow(0);
        planned.addColumn(notice -> documents(notice.items().stream().map(Item::documentNumber)
                .collect(Collectors.joining(", ")))).setHeader(getTranslation("dunning.documents")).setWidth("10rem")
                .setFlexGrow(1);
        planned.addColumn(notice -> Formats.amount(notice.total(), notice.currency(), locale))
                .setHeader(getTranslation("dunning.total")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        planned.addColumn(notice -> Formats.date(notice.paymentDeadline(), locale))
                .setHeader(getTranslation("dunning.deadline")).setAutoWidth(true).setFlexGrow(0);
        planned.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        planned.setEmptyStateText(getTranslation("dunning.planned-empty"));
        planned.setAllRowsVisible(true);
        return planned;
    }

    private Grid<Skip> createSkippedGrid() {
        skipped.setId("dunning-skipped");
        skipped.addColumn(Skip::documentNumber).setHeader(getTranslation("dunning.document")).setAutoWidth(true)
                .setFlexGrow(0);
        // The reason takes the rest of the width and wraps, because the user must read it whole.
        skipped.addColumn(skip -> "en".equals(locale.getLanguage()) ? skip.messageEn() : skip.messageDe())
                .setHeader(getTranslation("dunning.skip-reason")).setFlexGrow(1);
        skipped.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        skipped.setEmptyStateText(getTranslation("dunning.skipped-empty"));
        skipped.setAllRowsVisible(true);
        return skipped;
    }

    private Grid<Notice> createAwaitingGrid() {
        awaiting.setId("dunning-awaiting");
        awaiting.addColumn(Notice::id).setHeader(getTranslation("dunning.notice")).setAutoWidth(true);
        awaiting.addColumn(Notice::debtorName).setHeader(getTranslation("dunning.debtor")).setAutoWidth(true);
        awaiting.addColumn(notice -> level(notice.levelNumber(), notice.levelKind()))
                .setHeader(getTranslation("dunning.level")).setAutoWidth(true);
        awaiting.addColumn(notice -> Formats.amount(notice.total(), notice.currency(), locale))
                .setHeader(getTranslation("dunning.total")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        awaiting.addColumn(notice -> Formats.date(notice.paymentDeadline(), locale))
                .setHeader(getTranslation("dunning.deadline")).setAutoWidth(true);
        awaiting.addColumn(notice -> notice.postponedUntil() == null ? getTranslation("dunning.status." + notice.status())
                : getTranslation("dunning.postponed-until", Formats.date(notice.postponedUntil(), locale)))
                .setHeader(getTranslation("dunning.status")).setAutoWidth(true);
        if (admin) {
            awaiting.addComponentColumn(this::approveButton);
        }
        awaiting.setEmptyStateText(getTranslation("dunning.awaiting-empty"));
        awaiting.setAllRowsVisible(true);
        return awaiting;
    }

    private Button approveButton(Notice notice) {
        Button approve = new Button(getTranslation("dunning.approve"), click -> {
            try {
                api.approve(tenant, notice.id());
                Notices.success(getTranslation("dunning.approved-done", notice.id()));
            } catch (HubException e) {
                Notices.error(e);
            }
            refresh();
        });
        approve.setId("approve-notice-" + notice.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        return approve;
    }

    /** Postpones or cancels the notice selected in the grid. */
    private HorizontalLayout createReviewBar() {
        DatePicker until = new DatePicker(getTranslation("dunning.postpone-until"));
        until.setId("dunning-postpone-until");
        until.setLocale(locale);
        until.setMin(LocalDate.now(Formats.ZONE).plusDays(1));
        Button postpone = new Button(getTranslation("dunning.postpone"), click -> {
            Notice notice = selected();
            if (notice == null) {
                return;
            }
            if (until.getValue() == null) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation("dunning.postpone-until-missing"));
                return;
            }
            until.setInvalid(false);
            try {
                api.postpone(tenant, notice.id(), until.getValue());
                Notices.success(getTranslation("dunning.postponed-done", notice.id()));
            } catch (HubException e) {
                Notices.error(e);
            }
            refresh();
        });
        postpone.setId("dunning-postpone");

        TextField reason = new TextField(getTranslation("dunning.cancel-reason"));
        reason.setId("dunning-cancel-reason");
        reason.setMaxLength(MAX_REASON_LENGTH);
        Button cancel = new Button(getTranslation("dunning.cancel"), click -> {
            Notice notice = selected();
            if (notice == null) {
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("dunning.cancel-reason-missing"));
                return;
            }
            reason.setInvalid(false);
            try {
                api.cancel(tenant, notice.id(), reason.getValue().strip());
                Notices.success(getTranslation("dunning.cancelled-done", notice.id()));
                reason.clear();
            } catch (HubException e) {
                Notices.error(e);
            }
            refresh();
        });
        cancel.setId("dunning-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(until, postpone, reason, cancel);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Notice selected() {
        Notice notice = awaiting.asSingleSelect().getValue();
        if (notice == null) {
            Notices.error(getTranslation("dunning.select-notice"));
        }
        return notice;
    }

    /** Starts the run on a worker thread, so the user may leave the page; the view polls until it ends. */
    private void runNow() {
        BackgroundWork<?> current = BackgroundWork.current(RUN_ATTRIBUTE);
        if (current != null && current.running()) {
            Notices.error(getTranslation("dunning.run-busy"));
            return;
        }
        String runTenant = tenant;
        DunningApi runApi = api;
        BackgroundWork.start(RUN_ATTRIBUTE, () -> new TenantRun(runTenant, runApi.run(runTenant)));
        showRun(false);
    }

    /** A finished run with the tenant it ran for, so another tenant's view does not show it. */
    private record TenantRun(String tenant, RunResult result) {
    }

    /**
     * Shows the session's last run: progress while it runs, then its result. {@code announce}
     * shows a notification when the run has just finished under this view's eyes.
     */
    private void showRun(boolean announce) {
        BackgroundWork<TenantRun> work = BackgroundWork.current(RUN_ATTRIBUTE);
        if (work == null || !admin) {
            return;
        }
        runStatus.setVisible(true);
        if (work.running()) {
            runButton.setEnabled(false);
            runProgress.setVisible(true);
            runStatus.setText(getTranslation("dunning.run-running", Formats.dateTime(work.startedAt(), locale)));
            startPolling();
            return;
        }
        stopPolling();
        runButton.setEnabled(true);
        runProgress.setVisible(false);
        if (work.failure() != null) {
            runStatus.setText(getTranslation("dunning.run-failed", Notices.describe(this::getTranslation, work.failure())));
            if (announce) {
                Notices.error(work.failure());
            }
        } else if (work.result() != null && tenant.equals(work.result().tenant())) {
            RunResult result = work.result().result();
            runStatus.setText(getTranslation("dunning.run-finished", Formats.dateTime(work.finishedAt(), locale),
                    result.noticeCount(), result.skipCount()));
            if (announce) {
                Notices.success(getTranslation("dunning.run-done", result.noticeCount(), result.skipCount()));
            }
        } else {
            runStatus.setVisible(false);
        }
        if (announce) {
            refresh();
        }
    }

    private void startPolling() {
        polling.start();
    }

    private void stopPolling() {
        polling.stop(getUI().orElse(null));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (tenant != null) {
            showRun(false);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    private void refresh() {
        try {
            RunResult preview = api.preview(tenant);
            previewSummary.setId("dunning-preview-summary");
            previewSummary.setText(getTranslation("dunning.preview-summary", Formats.date(preview.runDate(), locale),
                    preview.itemsChecked(), preview.noticeCount(), preview.skipCount(), preview.escalationCount()));
            planned.setItems(preview.notices());
            skipped.setItems(preview.skipped());
            awaiting.setItems(api.notices(tenant, "awaiting_approval,postponed", MAX_LISTED).items());
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private String level(int number, String kind) {
        return number + " – " + getTranslation("dunning.kind." + kind);
    }

    private static String documents(String numbers) {
        return numbers.length() > 120 ? numbers.substring(0, 120) + "…" : numbers;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dunning.title") + " – Debitum";
    }
}
