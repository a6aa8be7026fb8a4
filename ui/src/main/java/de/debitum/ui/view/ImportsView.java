package de.debitum.ui.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.ImportBatch;
import de.debitum.ui.client.Model.ImportProgress;
import de.debitum.ui.client.Model.UploadResult;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Import batches with their counts, each openable for its rejected records and duplicates, and
 * the upload of bank statements, CSV files and e-invoices to the tenant's connector instances.
 */
@Route(value = "imports", layout = MainLayout.class)
@PermitAll
public class ImportsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;
    /** The hub's default upload limit (uploadMaxBytes); a larger file is rejected before it is sent. */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    /** Upload kinds of the API with the file extensions each connector accepts. */
    static final Map<String, List<String>> KINDS = Map.of(
            "bank-statement", List.of(".xml", ".sta", ".mt940", ".txt"),
            "csv-invoices", List.of(".csv", ".txt"),
            "csv-payments", List.of(".csv", ".txt"),
            "einvoice", List.of(".pdf", ".xml"));
    private static final List<String> KIND_ORDER = List.of("bank-statement", "csv-invoices", "csv-payments", "einvoice");
    /** Browser poll interval while an uploaded file waits for its import. */
    static final int POLL_MILLIS = 1000;
    /** Batches read per check of an upload; the file's batch is among the newest. */
    private static final int TRACKING_PAGE = 20;
    private static final String TRACKING_ATTRIBUTE = "debitum.import-tracking";

    private final HubContext hub;
    private final Grid<ImportBatch> batches = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final Paragraph uploadResult = new Paragraph();
    private final ProgressBar trackingProgress = new ProgressBar();
    private final Span trackingText = new Span();
    private final Button trackingOpen = new Button();
    private final HorizontalLayout trackingRow = new HorizontalLayout();
    private final ViewPolling polling = new ViewPolling(POLL_MILLIS, this::checkTracking);
    private CallbackDataProvider<ImportBatch, Void> batchData;
    private String tenant;

    public ImportsView(HubContext hub) {
        this.hub = hub;
        setId("imports-view");
        setSizeFull();
        add(new H2(getTranslation("imports.title")));
        tenant = hub.tenant().orElse(null);
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        if (hub.me().isAdmin()) {
            add(new H3(getTranslation("imports.upload")));
            add(uploadSection());
        }
        add(trackingSection());
        add(new H3(getTranslation("imports.batches")));
        configureGrid();
        add(batches);
    }

    private HorizontalLayout trackingSection() {
        trackingProgress.setIndeterminate(true);
        trackingProgress.setWidth("12em");
        trackingProgress.setId("import-tracking-progress");
        trackingText.setId("import-tracking-text");
        trackingOpen.setText(getTranslation("imports.tracking-open"));
        trackingOpen.setId("import-tracking-open");
        trackingOpen.addClickListener(click -> {
            ImportTracking tracking = tracking();
            if (tracking != null && tracking.result() != null) {
                openBatch(tracking.result());
            }
        });
        trackingRow.setId("import-tracking");
        trackingRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        trackingRow.add(trackingProgress, trackingText, trackingOpen);
        trackingRow.setVisible(false);
        return trackingRow;
    }

    private VerticalLayout uploadSection() {
        kind.setId("upload-kind");
        kind.setLabel(getTranslation("imports.kind"));
        kind.setItems(KIND_ORDER);
        kind.setItemLabelGenerator(k -> getTranslation("imports.kind." + k));
        kind.setValue(KIND_ORDER.get(0));
        kind.setWidth("22em");

        Upload upload = new Upload();
        SingleFileUpload singleFile = new SingleFileUpload(upload);
        // The in-memory handler calls back under the session lock, after the whole file has arrived. Its
        // changes reach the browser with the upload-success event, which the Upload component sends to the server.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            singleFile.received();
            send(metadata.fileName(), content);
        }));
        upload.setId("upload");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(KINDS.get(kind.getValue()).toArray(String[]::new));
        upload.setI18n(uploadTexts(kind.getValue()));
        // The browser rejects a file of the wrong type, a too large one, and any file while another is listed.
        // Its error message names which of these applies.
        upload.addFileRejectedListener(event -> Notices.error(getTranslation("imports.file-rejected",
                event.getFileName(), event.getErrorMessage())));
        kind.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                upload.setAcceptedFileTypes(KINDS.get(event.getValue()).toArray(String[]::new));
                upload.setI18n(uploadTexts(event.getValue()));
                upload.clearFileList();
            }
        });

        uploadResult.setId("upload-result");
        uploadResult.setVisible(false);
        HorizontalLayout row = new HorizontalLayout(kind, upload);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        VerticalLayout section = new VerticalLayout(row, uploadResult);
        section.setPadding(false);
        return section;
    }

    private UploadI18N uploadTexts(String kindId) {
        return uploadTexts(this::getTranslation, kindId);
    }

    /** Returns the upload texts whose size and type errors name the limit and the extensions of {@code kindId}. */
    static UploadI18N uploadTexts(Texts texts, String kindId) {
        UploadI18N i18n = UploadTexts.create(texts);
        i18n.getError()
                .setFileIsTooBig(texts.get("imports.too-big", MAX_UPLOAD_BYTES / (1024 * 1024)))
                .setIncorrectFileType(texts.get("imports.wrong-type", texts.get("imports.kind." + kindId),
                        String.join(", ", KINDS.get(kindId))));
        return i18n;
    }

    private void send(String fileName, byte[] content) {
        String selected = kind.getValue();
        try {
            List<ImportBatch> newest = hub.api().imports(tenant, 0, 1).items();
            long newestBefore = newest.isEmpty() ? 0 : newest.get(0).id();
            UploadResult result = hub.api().upload(tenant, selected, fileName, content);
            VaadinSession.getCurrent().setAttribute(TRACKING_ATTRIBUTE,
                    new ImportTracking(tenant, result.instanceId(), fileName, result.file(), newestBefore, Instant.now()));
            checkTracking();
            uploadResult.setText(getTranslation("imports.uploaded", fileName, result.instanceId(), result.file()));
            uploadResult.setVisible(true);
            Notices.success(getTranslation("imports.uploaded-short", fileName));
            if (batchData != null) {
                batchData.refreshAll();
            }
        } catch (HubException e) {
            uploadResult.setVisible(false);
            Notices.error(e);
        }
    }

    /** Returns the session's tracked upload for this tenant, or null. */
    private ImportTracking tracking() {
        Object tracking = VaadinSession.getCurrent().getAttribute(TRACKING_ATTRIBUTE);
        return tracking instanceof ImportTracking t && t.tenant().equals(tenant) ? t : null;
    }

    /** Looks for the tracked upload's batch, shows its status, and polls while it is still missing. */
    private void checkTracking() {
        ImportTracking tracking = tracking();
        if (tracking == null) {
            trackingRow.setVisible(false);
            stopPolling();
            return;
        }
        boolean wasPending = tracking.pending();
        if (wasPending) {
            try {
                tracking.update(hub.api().imports(tenant, 0, TRACKING_PAGE).items(), hub.api().importProgress(tenant));
            } catch (HubException e) {
                Notices.error(e);
            }
        }
        trackingRow.setVisible(true);
        ImportBatch result = tracking.result();
        if (result != null) {
            trackingProgress.setVisible(false);
            trackingText.setText(tracking.rejected()
                    ? getTranslation("imports.tracking-rejected", tracking.fileName(), result.id(),
                            result.fileRejection().in(getLocale()))
                    : getTranslation("imports.tracking-done", tracking.fileName(), result.id(),
                            result.received(), result.created(), result.rejected(), result.duplicates()));
            trackingOpen.setVisible(true);
            stopPolling();
            if (wasPending && batchData != null) {
                batchData.refreshAll();
            }
        } else if (tracking.timedOut(Instant.now())) {
            trackingProgress.setVisible(false);
            trackingText.setText(getTranslation("imports.tracking-late", tracking.fileName(), tracking.instanceId(),
                    ImportTracking.MAX_WAIT.toMinutes()));
            trackingOpen.setVisible(false);
            stopPolling();
        } else {
            trackingProgress.setVisible(true);
            ImportProgress run = tracking.progress();
            trackingText.setText(run == null
                    ? getTranslation("imports.tracking-waiting", tracking.fileName(), tracking.instanceId())
                    : getTranslation("imports.tracking-progress", tracking.fileName(), tracking.instanceId(),
                            run.recordsSoFar(), run.recordsStored()));
            trackingOpen.setVisible(false);
            startPolling();
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
            checkTracking();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    private void configureGrid() {
        Locale locale = getLocale();
        batches.setId("import-batches");
        batches.setPageSize(PAGE_SIZE);
        batches.addColumn(ImportBatch::id).setHeader(getTranslation("imports.batch")).setAutoWidth(true).setFlexGrow(0);
        batches.addColumn(ImportBatch::instanceId).setHeader(getTranslation("connector.instance")).setAutoWidth(true)
                .setFlexGrow(0);
        batches.addColumn(b -> Formats.dateTime(b.startedAt(), locale)).setHeader(getTranslation("imports.started"))
                .setAutoWidth(true).setFlexGrow(0);
        addCount("imports.received", ImportBatch::received);
        addCount("imports.created", ImportBatch::created);
        addCount("imports.updated", ImportBatch::updated);
        addCount("imports.unchanged", ImportBatch::unchanged);
        addCount("imports.rejected", ImportBatch::rejected);
        addCount("imports.duplicates", ImportBatch::duplicates);
        // A parser's reason can run to several lines and would make one row fill the page. So the
        // cell names the file, and the tooltip and the batch dialog give the whole name and reason.
        batches.addColumn(b -> b.fileRejection() == null ? "" : b.fileRejection().fileName())
                .setHeader(getTranslation("imports.file-rejection")).setWidth("7em").setFlexGrow(1)
                .setTooltipGenerator(b -> b.fileRejection() == null ? ""
                        : b.fileRejection().fileName() + ": " + b.fileRejection().in(locale));
        batches.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        batches.addItemClickListener(event -> openBatch(event.getItem()));

        HubApi api = hub.api();
        batchData = new CallbackDataProvider<>(
                query -> fetch(api, query.getOffset(), query.getLimit()),
                query -> count(api));
        batches.setItems(batchData);
        batches.setEmptyStateText(getTranslation("imports.empty"));
    }

    private void addCount(String header, java.util.function.ToLongFunction<ImportBatch> count) {
        batches.addColumn(b -> count.applyAsLong(b)).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    private Stream<ImportBatch> fetch(HubApi api, int offset, int limit) {
        try {
            return PageFetcher.fetch(offset, limit, PAGE_SIZE, (page, size) -> api.imports(tenant, page, size));
        } catch (HubException e) {
            Notices.error(e);
            return Stream.empty();
        }
    }

    private int count(HubApi api) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, api.imports(tenant, 0, 1).total());
        } catch (HubException e) {
            Notices.error(e);
            return 0;
        }
    }

    private void openBatch(ImportBatch batch) {
        try {
            new ImportDialog(hub.api().importDetail(tenant, batch.id()), this::getTranslation, getLocale(),
                    paymentId -> hub.api().undoDuplicate(tenant, paymentId)).open();
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " – Debitum";
    }
}
