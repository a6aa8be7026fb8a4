package de.debitum.ui.view;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.debitum.ui.i18n.LanguageSelection;
import de.debitum.ui.i18n.MessagesProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/** Sign-in with the user's hub account; Spring Security posts the form to {@code /login}. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());

        notice.setId("login-notice");
        notice.setVisible(false);

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setItems(MessagesProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(MessagesProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguageSelection.switchTo(event.getValue());
            }
        });

        add(new H1("Debitum"), notice, form, language);
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.user"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.user-missing"));
        error.setPassword(getTranslation("login.error.password-missing"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> error = parameters.get("error");
        if (error != null) {
            if (hubUnavailable()) {
                LoginI18n i18n = texts();
                i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message"));
                form.setI18n(i18n);
            }
            form.setError(true);
        }
        if (parameters.containsKey("expired")) {
            notice.setText(getTranslation("login.expired"));
            notice.setVisible(true);
        }
    }

    /**
     * Tells whether the last sign-in failed because the hub could not be reached. Spring Security
     * keeps the failure in the session; the authentication provider reports an unreachable hub
     * as an {@link AuthenticationServiceException}, wrong credentials otherwise.
     */
    private static boolean hubUnavailable() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationServiceException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Debitum";
    }
}
