package de.debitum.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.ImportBatch;
import de.debitum.ui.client.Model.UploadResult;
import jakarta.annotation.security.PermitAll;
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

    private final HubContext hub;
    private final Grid<ImportBatch> batches = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final Paragraph uploadResult = new Paragraph();
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
        add(new H3(getTranslation("imports.batches")));
        configureGrid();
        add(batches);
    }

    private VerticalLayout uploadSection() {
        kind.setId("upload-kind");
        kind.setLabel(getTranslation("imports.kind"));
        kind.setItems(KIND_ORDER);
        kind.setItemLabelGenerator(k -> getTranslation("imports.kind." + k));
        kind.setValue(KIND_ORDER.get(0));
        kind.setWidth("22em");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) ->
                // The handler runs without the session lock; hub call and UI changes run under it.
                ui.access(() -> send(metadata.fileName(), content))));
        upload.setId("upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(KINDS.get(kind.getValue()).toArray(String[]::new));
        upload.setI18n(UploadTexts.create(this::getTranslation));
        upload.addFileRejectedListener(event -> Notices.error(getTranslation("imports.file-rejected",
                event.getFileName(), MAX_UPLOAD_BYTES / (1024 * 1024), String.join(", ", KINDS.get(kind.getValue())))));
        kind.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                upload.setAcceptedFileTypes(KINDS.get(event.getValue()).toArray(String[]::new));
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

    private void send(String fileName, byte[] content) {
        String selected = kind.getValue();
        try {
            UploadResult result = hub.api().upload(tenant, selected, fileName, content);
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

    private void configureGrid() {
        Locale locale = getLocale();
        batches.setId("import-batches");
        batches.setPageSize(PAGE_SIZE);
        batches.addColumn(ImportBatch::id).setHeader(getTranslation("imports.batch")).setAutoWidth(true);
        batches.addColumn(ImportBatch::instanceId).setHeader(getTranslation("connector.instance")).setAutoWidth(true);
        batches.addColumn(b -> Formats.dateTime(b.startedAt(), locale)).setHeader(getTranslation("imports.started"))
                .setAutoWidth(true);
        addCount("imports.received", ImportBatch::received);
        addCount("imports.created", ImportBatch::created);
        addCount("imports.updated", ImportBatch::updated);
        addCount("imports.unchanged", ImportBatch::unchanged);
        addCount("imports.rejected", ImportBatch::rejected);
        addCount("imports.duplicates", ImportBatch::duplicates);
        batches.addItemClickListener(event -> openBatch(event.getItem()));

        HubApi api = hub.api();
        batchData = new CallbackDataProvider<>(
                query -> fetch(api, query.getOffset(), query.getLimit()),
                query -> count(api));
        batches.setItems(batchData);
    }

    private void addCount(String header, java.util.function.ToLongFunction<ImportBatch> count) {
        batches.addColumn(b -> count.applyAsLong(b)).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
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
            new ImportDialog(hub.api().importDetail(tenant, batch.id()), this::getTranslation, getLocale()).open();
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " – Debitum";
    }
}
