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
 * <p>The hub issues 15-minute tokens and, at sign-in, a 10-hour refresh token. Renewing exchanges
 * the refresh token for new ones, so the user's password is not kept. The refresh token field is
 * transient, so a serialized session holds no credential and a restored session signs in again.
 */
public final class HubSession implements TokenSource, Serializable {

    private static final long serialVersionUID = 1L;

    /** Renew this long before the hub's expiry, so no request goes out with a token about to lapse. */
    static final Duration RENEW_MARGIN = Duration.ofSeconds(60);

    private final transient HubClient client;
    private final transient Clock clock;
    private final String userName;
    private transient String refreshToken;
    private Me me;
    private String token;
    private Instant expiresAt;

    HubSession(HubClient client, Clock clock, String userName, TokenResponse token) {
        this.client = client;
        this.clock = clock;
        this.userName = userName;
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
        if (client == null || refreshToken == null) {
            throw new HubException(401, "session_expired", "session_expired");
        }
        try {
            accept(client.refreshToken(refreshToken, Locale.GERMAN));
        } catch (HubException e) {
            if (e.isUnauthorized()) {
                // The refresh token expired or the user was disabled: the user has to sign in again.
                refreshToken = null;
            }
            throw e;
        }
        return token;
    }

    /** Forgets the tokens at sign-out. */
    synchronized void clear() {
        refreshToken = null;
        token = null;
        expiresAt = Instant.EPOCH;
    }

    private void accept(TokenResponse response) {
        this.token = response.token();
        this.refreshToken = response.refreshToken();
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
