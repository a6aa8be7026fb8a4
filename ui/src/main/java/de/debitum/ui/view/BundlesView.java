package de.debitum.ui.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import de.debitum.ui.client.BundleApi;
import de.debitum.ui.client.BundleApi.ConnectorBundle;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.i18n.MessagesProvider;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Connector bundles for operators: the installed bundles with their state, types and the instances
 * using them. Operators upload a bundle jar or KAR (install or upgrade), roll back to the previous
 * upload and uninstall. After each operation the view shows how the bundles change until they
 * settle (see {@link BundleSwap}). The operation and its log live in the session, so the operator
 * may leave and come back.
 */
@Route(value = "bundles", layout = MainLayout.class)
@RolesAllowed("OPERATOR")
public class BundlesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /**
     * Largest upload the view accepts: the hub's default limit for bundles (setting maxBytes of PID
     * de.debitum.connectorhost.bundles). A hub configured lower rejects a larger file with 413 and its own limit.
     */
    static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
    /** Browser poll interval while an operation of this session runs. */
    static final int POLL_MILLIS = 500;
    /**
     * Browser poll interval otherwise. The view polls as long as it is shown, so that changes made
     * outside the page's requests (in an upload's handler or by the worker) reach the browser.
     */
    static final int IDLE_POLL_MILLIS = 2000;
    private static final String SWAP_ATTRIBUTE = "debitum.bundle-swap";
    private static final MessagesProvider MESSAGES = new MessagesProvider();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** Threads that run bundle operations, so a slow install blocks neither the page nor the session. */
    private static final ExecutorService OPERATIONS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "debitum-ui-bundle-operation");
        thread.setDaemon(true);
        return thread;
    });

    private final transient BundleApi bundles;
    private final Texts texts;
    private final Grid<ConnectorBundle> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div log = new Div();
    private Registration pollRegistration;
    /** Log lines shown at the last poll; the grid is listed again only when the log grew. */
    private int shownLines = -1;
    private boolean shownRunning;

    public BundlesView(HubContext hub, HubClient client) {
        setId("bundles-view");
        // Full width but not full height, so a page taller than the window scrolls instead of squeezing the upload.
        setWidthFull();
        Locale locale = MessagesProvider.supported(getLocale());
        // Translations that also work on the worker thread, where no Vaadin request is current.
        this.texts = (key, params) -> MESSAGES.getTranslation(key, locale, params);
        this.bundles = new BundleApi(hub.api(), client, () -> locale);

        add(new H2(getTranslation("bundles.title")));
        add(new Paragraph(getTranslation("bundles.intro")));
        add(upload());
        configureGrid();
        add(grid);
        add(new H3(getTranslation("bundles.log")));
        progress.setId("bundles-progress");
        progress.setIndeterminate(true);
        progress.setWidth("12em");
        status.setId("bundles-status");
        HorizontalLayout statusRow = new HorizontalLayout(progress, status);
        statusRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        log.setId("bundles-log");
        log.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "pre-wrap");
        add(statusRow, log);
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload();
        SingleFileUpload singleFile = new SingleFileUpload(upload);
        // The in-memory handler calls back under the session lock, after the whole file has arrived.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            singleFile.received();
            start(getTranslation("bundles.op-upload", metadata.fileName()),
                    api -> api.upload(metadata.fileName(), content));
        }));
        upload.setId("bundle-upload");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".jar", ".kar");
        UploadI18N i18n = UploadTexts.create(this::getTranslation);
        i18n.getError().setIncorrectFileType(getTranslation("bundles.wrong-type"))
                .setFileIsTooBig(getTranslation("bundles.too-big", MAX_UPLOAD_BYTES / (1024 * 1024)));
        upload.setI18n(i18n);
        // The browser rejects a file of the wrong type, a too large one, and any file while another is listed.
        upload.addFileRejectedListener(event -> Notices.error(getTranslation("bundles.file-rejected",
                event.getFileName(), event.getErrorMessage())));
        return upload;
    }

    private void configureGrid() {
        grid.setId("bundles-grid");
        grid.addColumn(ConnectorBundle::symbolicName).setHeader(getTranslation("bundles.symbolic-name"))
                .setAutoWidth(true);
        grid.addColumn(ConnectorBundle::version).setHeader(getTranslation("bundles.version")).setAutoWidth(true);
        grid.addColumn(bundle -> getTranslation("bundle-state." + bundle.state()))
                .setHeader(getTranslation("bundles.state")).setAutoWidth(true);
        // Fixed widths for types and instances keep the actions in view, and the cells wrap longer text.
        grid.addColumn(BundleSwap::types).setHeader(getTranslation("bundles.types")).setWidth("12rem");
        grid.addComponentColumn(this::instancesCell).setHeader(getTranslation("bundles.instances")).setWidth("17rem");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("bundles.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** Lists the instances of the bundle's types one per line. */
    private Component instancesCell(ConnectorBundle bundle) {
        if (bundle.instances().isEmpty()) {
            return new Span("–");
        }
        Div cell = new Div();
        for (String line : BundleSwap.instanceLines(texts, bundle)) {
            cell.add(new Div(line));
        }
        return cell;
    }

    private HorizontalLayout actions(ConnectorBundle bundle) {
        Button rollBack = new Button(bundle.previousVersion() == null ? getTranslation("bundles.rollback")
                : getTranslation("bundles.rollback-to", bundle.previousVersion()), VaadinIcon.ARROW_BACKWARD.create(),
                click -> confirmRollBack(bundle));
        rollBack.setId("rollback-" + bundle.symbolicName());
        rollBack.setEnabled(bundle.previousVersion() != null);
        if (bundle.previousVersion() == null) {
            rollBack.setTooltipText(getTranslation("bundles.no-previous"));
        }
        Button uninstall = new Button(getTranslation("bundles.uninstall"), VaadinIcon.TRASH.create(),
                click -> confirmUninstall(bundle));
        uninstall.setId("uninstall-" + bundle.symbolicName());
        uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(rollBack, uninstall)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(rollBack, uninstall);
    }

    private void confirmRollBack(ConnectorBundle bundle) {
        confirm(getTranslation("bundles.rollback-title", bundle.symbolicName()),
                getTranslation("bundles.rollback-text", bundle.symbolicName(), bundle.version(), bundle.previousVersion()),
                getTranslation("bundles.rollback"), getTranslation("bundles.op-rollback", bundle.symbolicName(),
                        bundle.previousVersion()),
                api -> api.rollBack(bundle.id()));
    }

    private void confirmUninstall(ConnectorBundle bundle) {
        confirm(getTranslation("bundles.uninstall-title", bundle.symbolicName()),
                getTranslation("bundles.uninstall-text", bundle.symbolicName(), bundle.version(),
                        bundle.instances().size()),
                getTranslation("bundles.uninstall"), getTranslation("bundles.op-uninstall", bundle.symbolicName(),
                        bundle.version()),
                api -> {
                    api.uninstall(bundle.id());
                    return List.of();
                });
    }

    private void confirm(String header, String text, String confirmText, String description,
            Function<BundleApi, List<ConnectorBundle>> operation) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bundle-confirm");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> start(description, operation));
        dialog.open();
    }

    /** Starts an operation on a worker thread unless one of this session is still running. */
    private void start(String description, Function<BundleApi, List<ConnectorBundle>> operation) {
        BundleSwap current = currentSwap();
        if (current != null && current.running()) {
            Notices.error(getTranslation("bundles.busy"));
            return;
        }
        BundleSwap swap = new BundleSwap(texts);
        VaadinSession.getCurrent().setAttribute(SWAP_ATTRIBUTE, swap);
        BundleApi api = bundles;
        UI ui = UI.getCurrent();
        // Like the ledger export: the worker changes the page under the session lock and the polling delivers it.
        OPERATIONS.execute(() -> swap.run(api, description, operation, () -> {
            try {
                ui.access(this::showChange);
            } catch (UIDetachedException e) {
                // The user closed the page; the log stays in the session for the next visit.
            }
        }));
        showSwap();
    }

    private void showChange() {
        BundleSwap swap = currentSwap();
        shownLines = swap == null ? 0 : swap.log().size();
        shownRunning = swap != null && swap.running();
        showSwap();
        refresh();
    }

    private BundleSwap currentSwap() {
        Object swap = VaadinSession.getCurrent().getAttribute(SWAP_ATTRIBUTE);
        return swap instanceof BundleSwap bundleSwap ? bundleSwap : null;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        showSwap();
        startPolling(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    private void startPolling(UI ui) {
        ui.setPollInterval(POLL_MILLIS);
        if (pollRegistration == null) {
            pollRegistration = ui.addPollListener(event -> onPoll(ui));
        }
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }

    /** Shows the operation's new log lines and lists the bundles again whenever the log grew or the operation ended. */
    private void onPoll(UI ui) {
        BundleSwap swap = currentSwap();
        int lines = swap == null ? 0 : swap.log().size();
        boolean running = swap != null && swap.running();
        if (lines != shownLines || running != shownRunning) {
            shownLines = lines;
            shownRunning = running;
            showSwap();
            refresh();
        }
        ui.setPollInterval(running ? POLL_MILLIS : IDLE_POLL_MILLIS);
    }

    /** Shows the session's current operation: a progress bar while it runs, and its log. */
    private void showSwap() {
        BundleSwap swap = currentSwap();
        log.removeAll();
        if (swap == null) {
            progress.setVisible(false);
            status.setText(getTranslation("bundles.no-operation"));
            return;
        }
        progress.setVisible(swap.running());
        status.setText(getTranslation(swap.running() ? "bundles.status-running"
                : swap.failed() ? "bundles.status-failed" : "bundles.status-done"));
        for (BundleSwap.Line line : swap.log()) {
            Div entry = new Div(TIME.format(line.at()) + "  " + line.text());
            entry.addClassName("bundle-log-line");
            log.add(entry);
        }
    }

    private void refresh() {
        try {
            grid.setItems(bundles.list());
            // Vaadin measures auto widths once, so a new row such as one with "Zurück auf 1.0.0" needs them again.
            grid.recalculateColumnWidths();
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bundles.title") + " – Debitum";
    }
}
