package de.debitum.ui.security;

import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Me;
import de.debitum.ui.client.Model.TokenResponse;
import de.debitum.ui.client.TokenSource;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The hub token of one signed-in user, kept in the server-side HTTP session as the principal of
 * the Spring Security authentication. Renews the token shortly before it expires.
 *
 * <p>The hub issues 15-minute tokens and no refresh token, so renewing means asking for a new
 * token with the user's password. The password stays in this object's memory only: the field is
 * transient, so a serialized session holds no password, and after such a session is restored the
 * user signs in again when the token expires.
 */
public final class HubSession implements TokenSource, Serializable {

    private static final long serialVersionUID = 1L;

    /** Renew this long before the hub's expiry, so no request goes out with a token about to lapse. */
    static final Duration RENEW_MARGIN = Duration.ofSeconds(60);

    private final transient HubClient client;
    private final transient Clock clock;
    private final String userName;
    private transient String password;
    private Me me;
    private String token;
    private Instant expiresAt;

    HubSession(HubClient client, Clock clock, String userName, String password, TokenResponse token) {
        this.client = client;
        this.clock = clock;
        this.userName = userName;
        this.password = password;
        accept(token);
    }

    public String userName() {
        return userName;
    }

    public synchronized Me me() {
        return me;
    }

    /** Replaces the caller's data, for example after an operator created a tenant. */
    public synchronized void me(Me me) {
        this.me = me;
    }

    @Override
    public synchronized String token() {
        // The clock is transient like the client: a restored session falls back to the system clock.
        Clock now = clock != null ? clock : Clock.systemUTC();
        if (now.instant().isAfter(expiresAt.minus(RENEW_MARGIN))) {
            return renew();
        }
        return token;
    }

    @Override
    public synchronized String renew() {
        if (client == null || password == null) {
            throw new HubException(401, "session_expired", "session_expired");
        }
        try {
            accept(client.requestToken(userName, password, Locale.GERMAN));
        } catch (HubException e) {
            if (e.isUnauthorized()) {
                // The password changed or the user was disabled: the user has to sign in again.
                password = null;
            }
            throw e;
        }
        return token;
    }

    /** Forgets the token and password at sign-out. */
    synchronized void clear() {
        password = null;
        token = null;
        expiresAt = Instant.EPOCH;
    }

    private void accept(TokenResponse response) {
        this.token = response.token();
        Instant expiry = response.expiresAt();
        if (expiry == null) {
            expiry = clock.instant().plusSeconds(Math.max(0, response.expiresIn()));
        }
        this.expiresAt = expiry;
    }

    @Override
    public String toString() {
        return "HubSession[" + userName + "]";
    }
}
