package de.debitum.ui.security;

import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Me;
import de.debitum.ui.client.Model.TokenResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs users in by exchanging their name and password for a hub token. The UI keeps no users of
 * its own: the hub decides who may sign in and with which role.
 */
@Component
public class HubAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(HubAuthenticationProvider.class);

    /** Bound on the user name and password the UI forwards; the hub's own limits are lower. */
    static final int MAX_CREDENTIAL_LENGTH = 256;

    private final HubClient client;
    private final Clock clock;

    public HubAuthenticationProvider(HubClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName() == null ? "" : authentication.getName().trim();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        if (user.isEmpty() || password.isEmpty()
                || user.length() > MAX_CREDENTIAL_LENGTH || password.length() > MAX_CREDENTIAL_LENGTH) {
            throw new BadCredentialsException("Missing or oversized user name or password");
        }

        HubSession session;
        try {
            TokenResponse token = client.requestToken(user, password, Locale.GERMAN);
            session = new HubSession(client, clock, user, token);
            Me me = new HubApi(client, session, () -> Locale.GERMAN).me();
            session.me(me);
        } catch (HubException e) {
            if (e.isUnauthorized()) {
                LOG.info("Sign-in of user '{}' rejected by the hub", user);
                throw new BadCredentialsException("The hub rejected the credentials of " + user);
            }
            LOG.warn("Sign-in of user '{}' failed: hub at {} answered {} {}", user, client.hubUrl(), e.status(),
                    e.code());
            throw new AuthenticationServiceException("Hub not available: " + e.code(), e);
        }

        LOG.info("User '{}' signed in with role {}", user, session.me().role());
        List<SimpleGrantedAuthority> authorities = List.of(
                new SimpleGrantedAuthority("ROLE_" + session.me().role().toUpperCase(Locale.ROOT).replace('-', '_')));
        return UsernamePasswordAuthenticationToken.authenticated(session, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
