package de.debitum.rest.internal.auth;

import java.util.Optional;

import de.debitum.api.auth.ApiKey;
import de.debitum.api.auth.ApiKeyStore;
import de.debitum.api.auth.UserAccount;
import de.debitum.api.auth.UserStore;
import de.debitum.api.connector.LocalizedText;
import de.debitum.rest.internal.http.ApiException;

/**
 * Turns credentials into a {@link Principal}: a user name and password or an API key for a new
 * token, and a bearer token on every other request. A token is checked against the store again,
 * so that disabling a user or revoking a key takes effect at once.
 */
public final class Authenticator {

    private final UserStore users;
    private final ApiKeyStore apiKeys;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final RateLimiter rateLimiter;

    public Authenticator(UserStore users, ApiKeyStore apiKeys, PasswordHasher hasher, TokenService tokens,
                         RateLimiter rateLimiter) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.hasher = hasher;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    public TokenService tokens() {
        return tokens;
    }

    /** Checks a user's password; the same 401 answers an unknown user, a wrong password and a disabled user. */
    public Principal login(String name, String password) {
        Optional<UserAccount> user = UserAccount.isValidName(name) ? users.find(name) : Optional.empty();
        if (user.isEmpty()) {
            hasher.matchNothing(password);
            throw wrongCredentials();
        }
        if (!hasher.matches(password, user.get().passwordHash()) || !user.get().enabled()) {
            throw wrongCredentials();
        }
        return principalOf(user.get());
    }

    /** Checks an API key and counts the request against its rate limit. */
    public Principal loginWithKey(String key) {
        if (key == null || !key.startsWith(ApiKeys.PREFIX) || key.length() > 100) {
            throw wrongCredentials();
        }
        ApiKey found = apiKeys.findByHash(ApiKeys.hash(key)).filter(k -> !k.revoked()).orElseThrow(Authenticator::wrongCredentials);
        limit(found.id());
        return principalOf(found);
    }

    /**
     * Checks a refresh token and returns its user as stored now. A disabled or deleted user gets
     * the same 401 as an expired token.
     */
    public Principal refresh(String refreshToken) {
        TokenService.Claims claims = tokens.verifyRefresh(refreshToken).orElseThrow(() ->
                ApiException.unauthorized(
                        "Die Anmeldung ist abgelaufen oder ungültig. Bitte neu anmelden.",
                        "The sign-in has expired or is invalid. Sign in again."));
        return users.find(claims.principal().name()).filter(UserAccount::enabled).map(Authenticator::principalOf)
                .orElseThrow(Authenticator::revoked);
    }

    /** Returns the caller of a request from its {@code Authorization} header. */
    public Principal authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized(
                    "Anmeldung fehlt: bitte einen Token mit POST /api/v1/auth/token holen und als 'Authorization: Bearer <Token>' senden.",
                    "Not signed in: get a token with POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'.");
        }
        TokenService.Claims claims = tokens.verify(authorization.substring(7).strip()).orElseThrow(() ->
                ApiException.unauthorized(
                        "Der Token ist abgelaufen oder ungültig. Bitte neu anmelden.",
                        "The token has expired or is invalid. Sign in again."));
        Principal claimed = claims.principal();
        if (claimed.apiKeyId() != null) {
            ApiKey key = apiKeys.find(claimed.apiKeyId()).filter(k -> !k.revoked())
                    .orElseThrow(Authenticator::revoked);
            limit(key.id());
            return principalOf(key);
        }
        UserAccount user = users.find(claimed.name()).filter(UserAccount::enabled).orElseThrow(Authenticator::revoked);
        return principalOf(user);
    }

    private void limit(long apiKeyId) {
        int retryAfter = rateLimiter.acquire(apiKeyId);
        if (retryAfter > 0) {
            throw new ApiException(429, "rate_limited", LocalizedText.of(
                    "Zu viele Anfragen mit diesem API-Schlüssel. Bitte in " + retryAfter + " Sekunden erneut versuchen.",
                    "Too many requests with this API key. Try again in " + retryAfter + " seconds."), retryAfter);
        }
    }

    static Principal principalOf(UserAccount user) {
        return new Principal(user.name(), user.role(), user.tenant(), user.language(), null);
    }

    static Principal principalOf(ApiKey key) {
        return new Principal(key.prefix(), key.role(), key.tenant(), "de", key.id());
    }

    private static ApiException wrongCredentials() {
        return ApiException.unauthorized(
                "Anmeldung fehlgeschlagen: Benutzer, Passwort oder API-Schlüssel ist falsch, gesperrt oder widerrufen.",
                "Sign-in failed: the user, password or API key is wrong, disabled or revoked.");
    }

    private static ApiException revoked() {
        return ApiException.unauthorized(
                "Der Zugang dieses Tokens ist gesperrt oder widerrufen. Bitte neu anmelden.",
                "The account of this token is disabled or revoked. Sign in again.");
    }
}
