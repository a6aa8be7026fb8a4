package de.debitum.rest.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.model.TenantId;
import de.debitum.rest.internal.http.Json;

/**
 * Signed tokens: {@code base64url(claims JSON) "." base64url(HMAC-SHA256 of the first part)}.
 * The claims name the caller, its role and tenant at the time of issue, the expiry and the type.
 * A short-lived access token is the bearer token of every request. A refresh token, issued at a
 * sign-in with a password, only gets new tokens without the password.
 */
public final class TokenService {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    /** How long a refresh token is good for: a working day without signing in again. */
    public static final Duration REFRESH_LIFETIME = Duration.ofHours(10);
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN_LENGTH = 2048;

    /** The verified content of a token. */
    public record Claims(Principal principal, Instant expiresAt) {
    }

    private final SecretKeySpec key;
    private final Clock clock;

    public TokenService(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** Issues an access token for the caller that expires {@link #LIFETIME} from now. */
    public String issue(Principal principal) {
        return issue(principal, ACCESS, LIFETIME);
    }

    /** Issues a refresh token for a user (not an API key) that expires {@link #REFRESH_LIFETIME} from now. */
    public String issueRefresh(Principal principal) {
        if (principal.apiKeyId() != null) {
            throw new IllegalArgumentException("API keys get no refresh token; they sign in with the key again");
        }
        return issue(principal, REFRESH, REFRESH_LIFETIME);
    }

    private String issue(Principal principal, String type, Duration lifetime) {
        Instant expiresAt = clock.instant().plus(lifetime);
        try {
            byte[] claims = Json.MAPPER.writeValueAsBytes(Json.object(
                    "sub", principal.name(), "rol", principal.role().value(),
                    "ten", principal.tenant() == null ? null : principal.tenant().value(),
                    "lng", principal.language(), "kid", principal.apiKeyId(), "exp", expiresAt.getEpochSecond(),
                    "typ", type));
            String body = encode(claims);
            return body + "." + encode(sign(body));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write token claims", e);
        }
    }

    public Instant expiryOfNewToken() {
        return clock.instant().plus(LIFETIME);
    }

    public Instant expiryOfNewRefreshToken() {
        return clock.instant().plus(REFRESH_LIFETIME);
    }

    /** Returns the claims of an access token that is well-formed, signed with our key and not expired; empty otherwise. */
    public Optional<Claims> verify(String token) {
        return verify(token, ACCESS);
    }

    /** Returns the claims of a refresh token that is well-formed, signed with our key and not expired; empty otherwise. */
    public Optional<Claims> verifyRefresh(String token) {
        return verify(token, REFRESH);
    }

    private Optional<Claims> verify(String token, String type) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(body))) {
                return Optional.empty();
            }
            JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(body));
            if (!type.equals(claims.path("typ").asText(""))) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(claims.path("exp").asLong(0));
            if (!clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            Optional<Role> role = Role.fromValue(claims.path("rol").asText());
            if (role.isEmpty()) {
                return Optional.empty();
            }
            String tenant = claims.path("ten").isTextual() ? claims.get("ten").asText() : null;
            Long apiKeyId = claims.path("kid").isNumber() ? claims.get("kid").asLong() : null;
            Principal principal = new Principal(claims.path("sub").asText(), role.get(),
                    tenant == null ? null : TenantId.of(tenant), claims.path("lng").asText("de"), apiKeyId);
            return Optional.of(new Claims(principal, expiresAt));
        } catch (IllegalArgumentException | IOException e) {
            // Malformed Base64, JSON or tenant id: the token was not made by us.
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
