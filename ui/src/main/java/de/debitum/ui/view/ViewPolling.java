package de.debitum.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/** A view's poll listener on its UI, switched on while the view waits for work that runs elsewhere. */
final class ViewPolling implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int intervalMillis;
    private final SerializableRunnable onPoll;
    private Registration registration;

    /** A runnable the Vaadin session can store with the view. */
    @FunctionalInterface
    interface SerializableRunnable extends Runnable, Serializable {
    }

    ViewPolling(int intervalMillis, SerializableRunnable onPoll) {
        this.intervalMillis = intervalMillis;
        this.onPoll = onPoll;
    }

    /** Starts polling the current UI unless it polls for this view already. */
    void start() {
        UI ui = UI.getCurrent();
        if (ui == null || registration != null) {
            return;
        }
        ui.setPollInterval(intervalMillis);
        registration = ui.addPollListener(event -> onPoll.run());
    }

    /** Stops polling; {@code ui} is the view's UI, or null when the view has none. */
    void stop(UI ui) {
        if (registration == null) {
            return;
        }
        registration.remove();
        registration = null;
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }
}
