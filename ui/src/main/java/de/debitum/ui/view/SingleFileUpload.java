package de.debitum.ui.view;

import com.vaadin.flow.component.upload.Upload;
import java.io.Serializable;

/**
 * Empties the file list of an upload that takes one file at a time, once the browser has finished
 * a file that reached the handler. With one file allowed, a file left in the list makes the
 * browser reject the next one. Vaadin 24.9 fires no succeeded event for an Upload with an
 * UploadHandler, so the list is emptied on the all-finished event, which it does fire. A failed
 * upload keeps its row and error in the list.
 */
final class SingleFileUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    /** True from the handler's receipt of a file until the list has been emptied. */
    private boolean received;

    /** Allows one file at a time in {@code upload} and empties its list after each received file. */
    SingleFileUpload(Upload upload) {
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(event -> {
            if (received) {
                received = false;
                upload.clearFileList();
            }
        });
    }

    /** Records that a file reached the handler. Call it from the handler's callback, under the session lock. */
    void received() {
        received = true;
    }
}
