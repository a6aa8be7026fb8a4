package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.debitum.ui.client.Model.Duplicate;
import de.debitum.ui.client.Model.ImportDetail;
import de.debitum.ui.client.Model.Rejection;
import java.util.Locale;

/**
 * One import batch: its counts, the file rejected as a whole with its reason, the records it
 * rejected with reasons, and the duplicates it flagged.
 */
final class ImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ImportDialog(ImportDetail batch, Texts texts, Locale locale) {
        setId("import-dialog");
        setHeaderTitle(texts.get("imports.batch-title", batch.id(), batch.instanceId()));
        setWidth("70em");

        String summary = texts.get("imports.batch-summary", batch.received(), batch.created(), batch.updated(),
                batch.unchanged(), batch.rejected(), batch.duplicates());
        if (batch.startedAt() != null) {
            summary = texts.get("imports.started-at", Formats.dateTime(batch.startedAt(), locale)) + " " + summary;
        }
        add(new Paragraph(summary));

        if (batch.fileRejection() != null) {
            Paragraph fileRejection = new Paragraph(texts.get("imports.file-rejected-detail",
                    batch.fileRejection().fileName(), batch.fileRejection().in(locale)));
            fileRejection.setId("import-file-rejection");
            add(fileRejection);
        }

        add(new H3(texts.get("imports.rejections")));
        if (batch.rejections().isEmpty()) {
            add(new Paragraph(texts.get("imports.no-rejections")));
        } else {
            Grid<Rejection> rejections = new Grid<>();
            rejections.setId("import-rejections");
            rejections.addColumn(Rejection::recordType).setHeader(texts.get("rejection.record")).setAutoWidth(true);
            rejections.addColumn(Rejection::externalId).setHeader(texts.get("rejection.external-id")).setAutoWidth(true);
            rejections.addColumn(Rejection::field).setHeader(texts.get("rejection.field")).setAutoWidth(true);
            rejections.addColumn(Rejection::value).setHeader(texts.get("rejection.value")).setAutoWidth(true);
            rejections.addColumn(Rejection::message).setHeader(texts.get("rejection.reason")).setFlexGrow(3);
            rejections.setItems(batch.rejections());
            rejections.setAllRowsVisible(true);
            add(rejections);
        }

        add(new H3(texts.get("imports.duplicates")));
        if (batch.duplicateNotices().isEmpty()) {
            add(new Paragraph(texts.get("imports.no-duplicates")));
        } else {
            // TODO: undoing a duplicate decision needs an API endpoint the hub does not offer yet.
            Grid<Duplicate> duplicates = new Grid<>();
            duplicates.setId("import-duplicates");
            duplicates.addColumn(Duplicate::externalId).setHeader(texts.get("rejection.external-id"));
            duplicates.addColumn(Duplicate::paymentId).setHeader(texts.get("duplicate.payment"));
            duplicates.addColumn(Duplicate::originalPaymentId).setHeader(texts.get("duplicate.original"));
            duplicates.addColumn(Duplicate::originalSource).setHeader(texts.get("duplicate.original-source"));
            duplicates.setItems(batch.duplicateNotices());
            duplicates.setAllRowsVisible(true);
            add(duplicates);
        }

        Button close = new Button(texts.get("action.close"), click -> close());
        close.setId("import-close");
        getFooter().add(close);
    }
}
