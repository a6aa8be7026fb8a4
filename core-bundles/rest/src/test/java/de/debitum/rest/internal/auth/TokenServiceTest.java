package de.debitum.rest.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import de.debitum.api.auth.Role;
import de.debitum.api.model.TenantId;

class TokenServiceTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Principal CLERK = new Principal("anna", Role.CLERK, TenantId.of("muster-gmbh"), "en", null);

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void issuedTokenVerifies() {
        TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

        TokenService.Claims claims = tokens.verify(tokens.issue(CLERK)).orElseThrow();

        assertThat(claims.principal()).isEqualTo(CLERK);
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void tokenExpiresAfterFifteenMinutes() {
        MovableClock clock = new MovableClock();
        TokenService tokens = new TokenService(KEY, clock);
        String token = tokens.issue(CLERK);

        clock.now = NOW.plus(Duration.ofMinutes(15)).minusSeconds(1);
        assertThat(tokens.verify(token)).isPresent();
        clock.now = NOW.plus(Duration.ofMinutes(15));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void alteredClaimsAreRejected() {
        TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
        String token = tokens.issue(CLERK);
        String claims = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        String raised = claims.replace("\"clerk\"", "\"operator\"");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(raised.getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertThat(raised).contains("operator");
        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void otherKeyAndMalformedTokensAreRejected() {
        TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
        TokenService other = new TokenService("abcdef0123456789abcdef0123456789".getBytes(StandardCharsets.US_ASCII),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String token = tokens.issue(CLERK);

        assertThat(other.verify(token)).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("%%%.***")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("x".repeat(5000))).isEmpty();
    }

    @Test
    void apiKeyTokenCarriesKeyId() {
        TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
        Principal key = new Principal("dbk_abcdefgh", Role.TENANT_ADMIN, TenantId.of("muster-gmbh"), "de", 42L);

        assertThat(tokens.verify(tokens.issue(key)).orElseThrow().principal().apiKeyId()).isEqualTo(42L);
    }

    @Test
    void refreshTokenExpiresAfterTenHours() {
        MovableClock clock = new MovableClock();
        TokenService tokens = new TokenService(KEY, clock);
        String refresh = tokens.issueRefresh(CLERK);

        assertThat(tokens.verify(refresh)).isEmpty();
        assertThat(tokens.verifyRefresh(refresh).orElseThrow().principal()).isEqualTo(CLERK);
        clock.now = NOW.plus(Duration.ofHours(10)).minusSeconds(1);
        assertThat(tokens.verifyRefresh(refresh)).isPresent();
        clock.now = NOW.plus(Duration.ofHours(10));
        assertThat(tokens.verifyRefresh(refresh)).isEmpty();
    }

    @Test
    void accessTokenIsNoRefreshToken() {
        TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens.verifyRefresh(tokens.issue(CLERK))).isEmpty();
    }

    @Test
    void apiKeysGetNoRefreshToken() {
        TokenService tokens = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
        Principal key = new Principal("dbk_abc", Role.CLERK, TenantId.of("muster-gmbh"), "de", 7L);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issueRefresh(key))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
