package de.debitum.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Me;
import de.debitum.ui.i18n.MessagesProvider;
import de.debitum.ui.security.HubSession;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives views the signed-in user's hub API and the tenant they work on. The selected tenant is
 * kept in the Vaadin session, so every tab of a user shows the same tenant.
 */
@Component
public class HubContext {

    private static final Logger LOG = LoggerFactory.getLogger(HubContext.class);
    private static final String TENANT_ATTRIBUTE = "debitum.tenant";

    private final HubClient client;

    public HubContext(HubClient client) {
        this.client = client;
    }

    /** Returns the signed-in user's session; views are reachable only when there is one. */
    public HubSession session() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HubSession session) {
            return session;
        }
        throw new IllegalStateException("No signed-in hub user in this request");
    }

    public Me me() {
        return session().me();
    }

    /**
     * Fetches the caller from the hub again, so that tenants created since sign-in show up in the
     * selector. Returns the data from sign-in when the hub cannot be reached.
     */
    public Me refreshMe() {
        try {
            session().me(api().me());
        } catch (HubException e) {
            LOG.debug("Keeping the signed-in user's data: the hub answered {} {}", e.status(), e.code());
        }
        return session().me();
    }

    /** Returns the API with the user's token; the hub writes its error messages in the UI's language. */
    public HubApi api() {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? MessagesProvider.supported(ui.getLocale()) : MessagesProvider.GERMAN;
        return new HubApi(client, session(), () -> locale);
    }

    /** Returns the tenant the user works on: the one chosen, else the first the user may see. */
    public Optional<String> tenant() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        Object chosen = vaadinSession == null ? null : vaadinSession.getAttribute(TENANT_ATTRIBUTE);
        if (chosen instanceof String tenant && me().tenants().contains(tenant)) {
            return Optional.of(tenant);
        }
        // The first tenant becomes the choice, so a tenant created later does not take its place.
        Optional<String> first = me().tenants().stream().findFirst();
        if (vaadinSession != null) {
            first.ifPresent(this::selectTenant);
        }
        return first;
    }

    public void selectTenant(String tenant) {
        VaadinSession.getCurrent().setAttribute(TENANT_ATTRIBUTE, tenant);
    }
}
