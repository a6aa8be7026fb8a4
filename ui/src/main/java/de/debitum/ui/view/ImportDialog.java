package de.debitum.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Duplicate;
import de.debitum.ui.client.Model.ImportDetail;
import de.debitum.ui.client.Model.Rejection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One import batch: its counts, the file rejected as a whole with its reason, the records it
 * rejected with reasons, and the duplicates it flagged. A duplicate's decision can be undone here
 * after a confirmation.
 */
final class ImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Undoes the duplicate decision of a payment, as {@code HubApi.undoDuplicate} does for the dialog's tenant. */
    @FunctionalInterface
    interface DuplicateUndo extends Serializable {
        void undo(long paymentId);
    }

    private final Texts texts;
    private final DuplicateUndo undo;
    private final Grid<Duplicate> duplicates = new Grid<>();
    private List<Duplicate> duplicateRows;

    ImportDialog(ImportDetail batch, Texts texts, Locale locale, DuplicateUndo undo) {
        this.texts = texts;
        this.undo = undo;
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
            duplicates.setId("import-duplicates");
            duplicates.addColumn(Duplicate::externalId).setHeader(texts.get("rejection.external-id")).setFlexGrow(2)
                    .setTooltipGenerator(Duplicate::externalId);
            duplicates.addColumn(Duplicate::paymentId).setHeader(texts.get("duplicate.payment")).setAutoWidth(true)
                    .setFlexGrow(0);
            duplicates.addColumn(Duplicate::originalPaymentId).setHeader(texts.get("duplicate.original"))
                    .setAutoWidth(true).setFlexGrow(0);
            duplicates.addColumn(Duplicate::originalSource).setHeader(texts.get("duplicate.original-source"))
                    .setFlexGrow(1);
            duplicates.addComponentColumn(this::decision).setHeader(texts.get("duplicate.decision")).setAutoWidth(true)
                    .setFlexGrow(0);
            duplicateRows = batch.duplicateNotices();
            duplicates.setItems(duplicateRows);
            duplicates.setAllRowsVisible(true);
            add(duplicates);
        }

        Button close = new Button(texts.get("action.close"), click -> close());
        close.setId("import-close");
        getFooter().add(close);
    }

    /** Shows that a duplicate counts on its own, or the button that makes it so. */
    private Component decision(Duplicate duplicate) {
        if (duplicate.undone()) {
            Span undone = new Span(texts.get("duplicate.undone"));
            undone.setId("duplicate-undone-" + duplicate.paymentId());
            return undone;
        }
        Button button = new Button(texts.get("duplicate.undo"), click -> confirmUndo(duplicate));
        button.setId("undo-duplicate-" + duplicate.paymentId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void confirmUndo(Duplicate duplicate) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("undo-duplicate-confirm");
        dialog.setHeader(texts.get("duplicate.undo-title"));
        dialog.setText(undoQuestion(duplicate, texts));
        dialog.setCancelable(true);
        dialog.setCancelText(texts.get("action.cancel"));
        dialog.setConfirmText(texts.get("duplicate.undo-confirm"));
        dialog.addConfirmListener(event -> undo(duplicate));
        dialog.open();
    }

    private void undo(Duplicate duplicate) {
        try {
            undo.undo(duplicate.paymentId());
        } catch (HubException e) {
            Notices.error(texts.get("duplicate.undo-failed", duplicate.paymentId(),
                    Notices.describe(UI.getCurrent(), e)));
            return;
        }
        duplicateRows = markUndone(duplicateRows, duplicate.paymentId());
        duplicates.setItems(duplicateRows);
        // The note that replaces the button is wider than the button.
        duplicates.recalculateColumnWidths();
        Notices.success(texts.get("duplicate.undo-done", duplicate.paymentId()));
    }

    /** Returns the confirmation question, which states what undoing the decision changes. */
    static String undoQuestion(Duplicate duplicate, Texts texts) {
        return texts.get("duplicate.undo-question", duplicate.paymentId(), duplicate.externalId(),
                duplicate.originalPaymentId(), duplicate.originalSource());
    }

    /** Returns the rows with the payment's row marked as undone. */
    static List<Duplicate> markUndone(List<Duplicate> rows, long paymentId) {
        List<Duplicate> marked = new ArrayList<>(rows.size());
        for (Duplicate row : rows) {
            boolean undone = row.undone() || row.paymentId() != null && row.paymentId() == paymentId;
            marked.add(new Duplicate(row.paymentId(), row.externalId(), row.originalPaymentId(), row.originalSource(),
                    undone));
        }
        return marked;
    }
}
