package de.debitum.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.LedgerApi;
import de.debitum.ui.client.LedgerApi.Export;
import de.debitum.ui.client.LedgerApi.ExportFile;
import de.debitum.ui.client.LedgerApi.ExportRun;
import de.debitum.ui.client.LedgerApi.Period;
import de.debitum.ui.i18n.MessagesProvider;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger: periods with state and counts, the DATEV export of a range of months with progress,
 * the download of each export's EXTF files, and the lock of a period without export.
 */
@Route(value = "ledger", layout = MainLayout.class)
@PermitAll
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerView.class);

    static final int PAGE_SIZE = 50;
    /** Maximum number of months per export, as the hub allows per request; the view sends one request per month. */
    static final int MAX_MONTHS = 12;
    /** Browser poll interval while an export runs, so progress shows without server push. */
    static final int POLL_MILLIS = 500;

    /** Threads that run exports off the request thread: the cached pool starts one per export running at a time. */
    private static final ExecutorService EXPORTS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "debitum-ui-ledger-export");
        thread.setDaemon(true);
        return thread;
    });

    private final transient LedgerApi ledger;
    private final String tenant;
    private final boolean admin;
    private final Grid<Period> periods = new Grid<>();
    private final Grid<Export> exports = new Grid<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Button exportButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div result = new Div();
    private CallbackDataProvider<Export, Void> exportData;

    public LedgerView(HubContext hub, HubClient client) {
        setId("ledger-view");
        setSizeFull();
        add(new H2(getTranslation("ledger.title")));
        tenant = hub.tenant().orElse(null);
        admin = hub.me().isAdmin();
        Locale locale = UI.getCurrent() != null ? MessagesProvider.supported(UI.getCurrent().getLocale())
                : MessagesProvider.GERMAN;
        ledger = tenant == null ? null : new LedgerApi(hub.api(), client, () -> locale);
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        if (admin) {
            add(new H3(getTranslation("ledger.export")));
            add(exportSection());
        }
        add(new H3(getTranslation("ledger.periods")));
        configurePeriods();
        add(periods);
        add(new H3(getTranslation("ledger.exports")));
        configureExports();
        add(exports);
        refreshPeriods();
    }

    private Component exportSection() {
        YearMonth lastMonth = YearMonth.now(Clock.system(Formats.ZONE)).minusMonths(1);
        for (TextField field : List.of(from, to)) {
            field.setPattern("\\d{4}-\\d{2}");
            field.setPlaceholder(getTranslation("ledger.month-placeholder"));
            field.setHelperText(getTranslation("ledger.month-help"));
            field.setValue(lastMonth.toString());
            field.setWidth("10em");
        }
        from.setId("ledger-from");
        from.setLabel(getTranslation("ledger.from"));
        to.setId("ledger-to");
        to.setLabel(getTranslation("ledger.to"));
        exportButton.setId("ledger-export");
        exportButton.setText(getTranslation("ledger.export-start"));
        exportButton.setIcon(VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportButton.addClickListener(click -> startExport());

        progress.setId("ledger-progress");
        progress.setWidth("20em");
        progress.setVisible(false);
        progressText.setId("ledger-progress-text");
        result.setId("ledger-export-result");
        result.setVisible(false);

        HorizontalLayout row = new HorizontalLayout(from, to, exportButton);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout progressRow = new HorizontalLayout(progress, progressText);
        progressRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout section = new VerticalLayout(new Paragraph(getTranslation("ledger.export-help")), row,
                progressRow, result);
        section.setPadding(false);
        return section;
    }

    private void startExport() {
        YearMonth first = month(from);
        YearMonth last = month(to);
        if (first == null || last == null) {
            return;
        }
        if (first.isAfter(last)) {
            Notices.error(getTranslation("ledger.range-reversed", first, last));
            return;
        }
        long months = first.until(last, ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            Notices.error(getTranslation("ledger.range-too-long", first, last, months, MAX_MONTHS));
            return;
        }
        UI ui = UI.getCurrent();
        exportButton.setEnabled(false);
        result.setVisible(false);
        result.removeAll();
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("ledger.progress", first, 0, months));
        ui.setPollInterval(POLL_MILLIS);
        EXPORTS.execute(() -> runExport(ui, first, months));
    }

    /** Exports month by month off the request thread, so each finished month moves the progress bar. */
    private void runExport(UI ui, YearMonth first, long months) {
        List<Export> done = new ArrayList<>();
        int booked = 0;
        int waiting = 0;
        try {
            for (int i = 0; i < months; i++) {
                YearMonth month = first.plusMonths(i);
                int index = i;
                ui.access(() -> progressText.setText(getTranslation("ledger.progress", month, index, months)));
                ExportRun run = ledger.export(tenant, month, month);
                booked += run.booked();
                waiting = run.waiting();
                done.addAll(run.exports());
                ui.access(() -> progress.setValue((index + 1) / (double) months));
            }
            int bookedTotal = booked;
            int waitingLast = waiting;
            ui.access(() -> finishExport(ui, done, bookedTotal, waitingLast, null));
        } catch (HubException e) {
            LOG.debug("DATEV export of tenant {} stopped: {} {}", tenant, e.status(), e.code());
            int bookedTotal = booked;
            int waitingLast = waiting;
            ui.access(() -> finishExport(ui, done, bookedTotal, waitingLast, e));
        } catch (RuntimeException e) {
            LOG.warn("DATEV export of tenant {} failed in the UI: {}", tenant, e.toString());
            ui.access(() -> finishExport(ui, done, 0, 0, new HubException("internal_error", "internal_error", e)));
        }
    }

    private void finishExport(UI ui, List<Export> done, int booked, int waiting, HubException failure) {
        ui.setPollInterval(-1);
        exportButton.setEnabled(true);
        progress.setVisible(false);
        progressText.setText("");

        result.removeAll();
        result.add(new Paragraph(getTranslation("ledger.result", done.size(), booked)));
        if (waiting > 0) {
            result.add(new Paragraph(getTranslation("ledger.result-waiting", waiting)));
        }
        for (Export export : done) {
            Div item = new Div();
            item.add(new Span(getTranslation("ledger.result-month", export.period(), export.bookings(),
                    export.debtorAccounts(), export.changedValues()) + " "));
            item.add(fileLinks(export));
            result.add(item);
            export.notices().forEach(notice -> result.add(new Paragraph(notice)));
        }

        if (failure != null) {
            Paragraph error = new Paragraph(getTranslation("ledger.result-failed", Notices.describe(ui, failure)));
            error.setId("ledger-export-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(error);
            Notices.error(failure);
        } else {
            Notices.success(getTranslation("ledger.result", done.size(), booked));
        }
        result.setVisible(true);

        refreshPeriods();
        if (exportData != null) {
            exportData.refreshAll();
        }
    }

    private YearMonth month(TextField field) {
        String value = field.getValue() == null ? "" : field.getValue().trim();
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            Notices.error(getTranslation("ledger.month-invalid", field.getLabel(), value));
            return null;
        }
    }

    private void configurePeriods() {
        Locale locale = getLocale();
        periods.setId("ledger-periods");
        periods.setAllRowsVisible(true);
        periods.setEmptyStateText(getTranslation("ledger.periods-empty"));
        periods.addColumn(Period::period).setHeader(getTranslation("ledger.period")).setAutoWidth(true);
        periods.addColumn(p -> getTranslation("ledger.state." + p.state())).setHeader(getTranslation("ledger.state"))
                .setAutoWidth(true);
        periods.addColumn(Period::bookings).setHeader(getTranslation("ledger.bookings"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        periods.addColumn(Period::exports).setHeader(getTranslation("ledger.export-count"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        periods.addColumn(p -> p.lockedAt() == null ? "" : Formats.dateTime(p.lockedAt(), locale) + " (" + p.lockedBy()
                + ")").setHeader(getTranslation("ledger.locked")).setAutoWidth(true);
        if (admin) {
            periods.addComponentColumn(this::lockButton).setHeader("").setAutoWidth(true);
        }
    }

    private Component lockButton(Period period) {
        if (!"open".equals(period.state())) {
            return new Span();
        }
        Button lock = new Button(getTranslation("ledger.lock"), VaadinIcon.LOCK.create(), click -> confirmLock(period));
        lock.setId("lock-" + period.period());
        lock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return lock;
    }

    private void confirmLock(Period period) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("ledger.lock-title", period.period()));
        dialog.setText(getTranslation("ledger.lock-text", period.period()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("ledger.lock"));
        dialog.addConfirmListener(event -> {
            try {
                ledger.lock(tenant, YearMonth.parse(period.period()));
                Notices.success(getTranslation("ledger.locked-done", period.period()));
                refreshPeriods();
            } catch (HubException e) {
                Notices.error(e);
            }
        });
        dialog.open();
    }

    private void refreshPeriods() {
        try {
            periods.setItems(ledger.periods(tenant));
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void configureExports() {
        Locale locale = getLocale();
        exports.setId("ledger-exports");
        exports.setPageSize(PAGE_SIZE);
        exports.setAllRowsVisible(true);
        exports.setEmptyStateText(getTranslation("ledger.exports-empty"));
        exports.addColumn(Export::id).setHeader(getTranslation("ledger.export-id")).setAutoWidth(true)
                .setFlexGrow(0);
        exports.addColumn(Export::period).setHeader(getTranslation("ledger.period")).setAutoWidth(true)
                .setFlexGrow(0);
        exports.addColumn(e -> Formats.dateTime(e.createdAt(), locale)).setHeader(getTranslation("ledger.created"))
                .setAutoWidth(true).setFlexGrow(0);
        exports.addColumn(Export::actor).setHeader(getTranslation("ledger.actor")).setAutoWidth(true)
                .setFlexGrow(0);
        exports.addColumn(Export::bookings).setHeader(getTranslation("ledger.bookings"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        // The DATEV file names are long and must stay readable whole, so this column takes the rest.
        exports.addComponentColumn(this::fileLinks).setHeader(getTranslation("ledger.files")).setWidth("24rem")
                .setFlexGrow(1);
        exportData = new CallbackDataProvider<>(
                query -> fetch(query.getOffset(), query.getLimit()),
                query -> count());
        exports.setItems(exportData);
    }

    private Component fileLinks(Export export) {
        HorizontalLayout links = new HorizontalLayout();
        links.setSpacing(true);
        links.getStyle().set("flex-wrap", "wrap");
        for (ExportFile file : export.files()) {
            links.add(fileLink(export, file));
        }
        return links;
    }

    /** Links one EXTF file; the browser gets the hub's bytes unchanged, streamed through the UI. */
    private Anchor fileLink(Export export, ExportFile file) {
        LedgerApi api = ledger;
        String owner = tenant;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                HubClient.Download download = api.file(owner, export.id(), file.name());
                return new DownloadResponse(download.content(), file.name(), download.contentType(), download.length());
            } catch (HubException e) {
                LOG.warn("Download of {} of export {} for tenant {} failed: {} {}", file.name(), export.id(), owner,
                        e.status(), e.code());
                return DownloadResponse.error(e.status() >= 400 ? e.status() : 502, e.getMessage());
            }
        });
        Anchor link = new Anchor(handler, file.name() + " (" + file.rows() + ")");
        link.setId("file-" + export.id() + "-" + file.name().replace('.', '-'));
        link.getElement().setAttribute("download", file.name());
        link.getElement().setAttribute("title", getTranslation("ledger.download", file.name(), file.size()));
        return link;
    }

    private Stream<Export> fetch(int offset, int limit) {
        try {
            return PageFetcher.fetch(offset, limit, PAGE_SIZE, (page, size) -> ledger.exports(tenant, page, size));
        } catch (HubException e) {
            Notices.error(e);
            return Stream.empty();
        }
    }

    private int count() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, ledger.exports(tenant, 0, 1).total());
        } catch (HubException e) {
            Notices.error(e);
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title") + " – Debitum";
    }
}
