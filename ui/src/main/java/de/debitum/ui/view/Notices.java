package de.debitum.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import de.debitum.ui.client.HubException;

/** Shows short results and errors of hub calls as notifications. */
final class Notices {

    private static final int SUCCESS_MILLIS = 4000;
    private static final int ERROR_MILLIS = 10000;

    private Notices() {
    }

    static void success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows a failed hub call: the hub's own message where it sent one, a UI text where it could
     * not be reached. An expired session sends the user to sign in again.
     */
    static void error(HubException e) {
        UI ui = UI.getCurrent();
        if (e.isUnauthorized()) {
            // The token could not be renewed: end the session and let the user sign in again.
            ui.getPage().setLocation("login?expired");
            VaadinSession.getCurrent().getSession().invalidate();
            return;
        }
        error(describe(ui, e));
    }

    /** Returns the text for a failed hub call in the UI's language. */
    static String describe(UI ui, HubException e) {
        return describe(ui::getTranslation, e);
    }

    /** Returns the text for a failed hub call; {@code texts} may be used outside a request, unlike the UI's. */
    static String describe(Texts texts, HubException e) {
        return switch (e.code()) {
            case "unreachable" -> texts.get("error.hub-unreachable");
            case "timeout" -> texts.get("error.hub-timeout");
            case "invalid_response" -> texts.get("error.hub-invalid-response");
            case "internal_error" -> texts.get("error.hub-internal");
            default -> e.getMessage();
        };
    }
}
