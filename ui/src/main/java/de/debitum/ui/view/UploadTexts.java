package de.debitum.ui.view;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The texts of Vaadin's upload component in the UI's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N create(Texts texts) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.get("upload.drop")).setMany(texts.get("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.get("upload.add")).setMany(texts.get("upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(texts.get("upload.too-many"))
                .setFileIsTooBig(texts.get("upload.too-big")).setIncorrectFileType(texts.get("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(texts.get("upload.connecting"))
                        .setStalled(texts.get("upload.stalled")).setProcessing(texts.get("upload.processing"))
                        .setHeld(texts.get("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(texts.get("upload.remaining"))
                        .setUnknown(texts.get("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(texts.get("upload.server-unavailable"))
                        .setUnexpectedServerError(texts.get("upload.server-error"))
                        .setForbidden(texts.get("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
