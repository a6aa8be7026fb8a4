package de.debitum.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Keeps the language a user chose: in the Vaadin session and in a cookie, so that the choice also
 * holds on the login page and after the next sign-in. Without a choice Vaadin takes the browser's
 * language, German when the browser asks for neither German nor English.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "debitum-lang";
    private static final String CHOSEN_ATTRIBUTE = "debitum.language-chosen";
    private static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale chosen = chosenLocale(VaadinRequest.getCurrent());
            if (chosen != null) {
                init.getUI().setLocale(chosen);
            }
        });
    }

    /** Switches the current user's language and reloads the page, so every text is drawn anew. */
    public static void switchTo(Locale locale) {
        Locale supported = MessagesProvider.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(supported);
        session.setAttribute(CHOSEN_ATTRIBUTE, Boolean.TRUE);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(COOKIE_MAX_AGE_SECONDS);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    private static Locale chosenLocale(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(CHOSEN_ATTRIBUTE) != null) {
            return session.getLocale();
        }
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return MessagesProvider.supported(Locale.forLanguageTag(cookie.getValue()));
            }
        }
        return null;
    }
}
