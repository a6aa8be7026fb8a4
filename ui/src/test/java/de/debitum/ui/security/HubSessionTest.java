package de.debitum.ui.security;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.TokenResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Sign-in and token renewal against WireMock stubs of the hub. */
class HubSessionTest {

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").usingFilesUnderClasspath("hub-stub"))
            .build();

    private static final Instant NOW = Instant.parse("2026-03-31T08:00:00Z");

    private HubClient client;

    @BeforeEach
    void connect() {
        client = new HubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void signInStoresTokenAndRole() {
        HubAuthenticationProvider provider = new HubAuthenticationProvider(client, Clock.fixed(NOW, ZoneOffset.UTC));

        Authentication result = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "geheim-genug-1"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OPERATOR");
        HubSession session = (HubSession) result.getPrincipal();
        assertThat(session.userName()).isEqualTo("admin");
        assertThat(session.me().tenants()).contains("muster-gmbh");
        assertThat(session.token()).isEqualTo("token-1");
    }

    @Test
    void wrongPasswordIsBadCredentials() {
        HubAuthenticationProvider provider = new HubAuthenticationProvider(client, Clock.systemUTC());

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "falsch")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void emptyOrOversizedCredentialsAreRejectedWithoutCall() {
        HubAuthenticationProvider provider = new HubAuthenticationProvider(client, Clock.systemUTC());

        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(" ", "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "x".repeat(257))))
                .isInstanceOf(BadCredentialsException.class);
        hub.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/auth/token")));
    }

    @Test
    void unreachableHubIsServiceError() {
        HubClient nowhere = new HubClient(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1), Duration.ofSeconds(1));
        HubAuthenticationProvider provider = new HubAuthenticationProvider(nowhere, Clock.systemUTC());

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "geheim-genug-1")))
                .isInstanceOf(AuthenticationServiceException.class);
    }

    @Test
    void tokenIsRenewedShortlyBeforeExpiry() {
        MutableClock clock = new MutableClock(NOW);
        HubSession session = new HubSession(client, clock, "admin", signIn("refresh-1"));

        assertThat(session.token()).isEqualTo("old-token");
        clock.now = NOW.plusSeconds(900).minus(HubSession.RENEW_MARGIN).minusSeconds(1);
        assertThat(session.token()).isEqualTo("old-token");
        clock.now = NOW.plusSeconds(900).minus(HubSession.RENEW_MARGIN).plusSeconds(1);
        assertThat(session.token()).isEqualTo("token-1");
        hub.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/auth/refresh"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"refresh-1\"}")));
        hub.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/auth/token")));
    }

    @Test
    void rejectedRenewalForgetsRefreshToken() {
        HubSession session = new HubSession(client, Clock.fixed(NOW, ZoneOffset.UTC), "admin", signIn("abgelaufen"));

        assertThatThrownBy(session::renew).isInstanceOfSatisfying(HubException.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(session::renew).isInstanceOfSatisfying(HubException.class,
                e -> assertThat(e.code()).isEqualTo("session_expired"));
        hub.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/auth/refresh")));
    }

    @Test
    void clearedSessionCannotRenew() {
        HubSession session = new HubSession(client, Clock.fixed(NOW, ZoneOffset.UTC), "admin", signIn("refresh-1"));

        session.clear();

        assertThatThrownBy(session::token).isInstanceOf(HubException.class);
    }

    /** Returns the hub's response to a password sign-in: a 15-minute token and a refresh token. */
    private static TokenResponse signIn(String refreshToken) {
        return new TokenResponse("old-token", "Bearer", 900, NOW.plusSeconds(900), refreshToken,
                NOW.plus(Duration.ofHours(10)));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
