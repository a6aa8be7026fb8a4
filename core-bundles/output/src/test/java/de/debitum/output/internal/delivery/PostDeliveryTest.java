package de.debitum.output.internal.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStatus;
import de.debitum.output.LetterDelivery;
import de.debitum.output.OutputException;
import de.debitum.output.PostSettings;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.SampleLetters;

/**
 * Post delivery against a WireMock stub of a print-and-mail provider. The stub follows Pingen's
 * API v2 as its JavaScript SDK uses it: token, signed file upload, letter creation as JSON:API.
 */
class PostDeliveryTest {

    private static final String LETTERS = ProviderStub.LETTERS;

    private OutputFixture fixture;
    private WireMockServer provider;

    @BeforeEach
    void setUp() {
        fixture = new OutputFixture();
        provider = ProviderStub.start();
        fixture.service.configurePost(fixture.tenant, ProviderStub.settings(provider));
    }

    @AfterEach
    void tearDown() {
        provider.stop();
        fixture.close();
    }

    private OutboxEntry enqueueLetter() {
        return fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(1, 2), LetterTexts.defaults(),
                new LetterDelivery(OutboxChannel.POST, null, "run-7", null, null)).entry();
    }

    @Test
    void letterIsUploadedAndCreated() {
        provider.stubFor(post(LETTERS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.api+json")
                .withBody("{\"data\":{\"id\":\"letter-789\",\"type\":\"letters\",\"attributes\":{\"status\":\"valid\"}}}")));
        OutboxEntry queued = enqueueLetter();

        fixture.service.deliverDue();

        OutboxEntry sent = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.messageId()).isEqualTo("letter-789");
        assertThat(sent.recipient()).isEqualTo("Bäckerei Müller GmbH\nz. Hd. Frau Käthe Strauß\nSchloßstraße 7\n50667 Köln");
        provider.verify(postRequestedFor(urlEqualTo("/auth/access-tokens"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_secret=secret-%C3%A4%C3%B6%C3%BC")));
        provider.verify(getRequestedFor(urlEqualTo("/file-upload")).withHeader("Authorization", equalTo("Bearer token-123")));
        provider.verify(putRequestedFor(urlEqualTo("/upload/abc")).withHeader("Content-Type", equalTo("application/pdf"))
                .withRequestBody(containing("%PDF-")));
        provider.verify(postRequestedFor(urlEqualTo(LETTERS))
                .withHeader("Content-Type", equalTo("application/vnd.api+json"))
                .withHeader("Idempotency-Key", equalTo("debitum-gruenwald-" + queued.id()))
                .withRequestBody(equalToJson("{\"data\":{\"type\":\"letters\",\"attributes\":{"
                        + "\"file_original_name\":\"Zahlungserinnerung-M-2026-000417.pdf\","
                        + "\"file_url\":\"" + provider.baseUrl() + "/upload/abc\",\"file_url_signature\":\"sig-456\","
                        + "\"address_position\":\"left\",\"auto_send\":true,\"delivery_product\":\"cheap\","
                        + "\"print_mode\":\"simplex\",\"print_spectrum\":\"color\"}}}")));
    }

    @Test
    void unavailableProviderIsRetried() {
        provider.stubFor(post(LETTERS).willReturn(aResponse().withStatus(503)));
        OutboxEntry queued = enqueueLetter();

        fixture.service.deliverDue();
        OutboxEntry failed = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        provider.stubFor(post(LETTERS).willReturn(aResponse().withStatus(201)
                .withBody("{\"data\":{\"id\":\"letter-790\",\"type\":\"letters\"}}")));
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.service.deliverDue();

        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_TRANSIENT);
        assertThat(failed.lastError()).contains("HTTP 503");
        assertThat(fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow().messageId()).isEqualTo("letter-790");
    }

    @Test
    void rejectedLetterFailsFinalWithProviderDetail() {
        provider.stubFor(post(LETTERS).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/vnd.api+json")
                .withBody("{\"errors\":[{\"status\":\"422\",\"title\":\"Unprocessable\","
                        + "\"detail\":\"The address could not be read from the PDF.\"}]}")));
        OutboxEntry queued = enqueueLetter();

        fixture.service.deliverDue();

        OutboxEntry failed = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
        assertThat(failed.lastError()).contains("HTTP 422").contains("The address could not be read from the PDF.");
    }

    @Test
    void rejectedLoginNamesTheCredentials() {
        provider.stubFor(post("/auth/access-tokens").willReturn(aResponse().withStatus(401)));
        OutboxEntry queued = enqueueLetter();

        fixture.service.deliverDue();

        OutboxEntry failed = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
        assertThat(failed.lastError()).contains("Client-ID").contains("client id");
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> fixture.service.configurePost(fixture.tenant, new PostSettings("ftp://127.0.0.1",
                provider.baseUrl(), "c", "s", "o", "cheap", "color")))
                .isInstanceOf(OutputException.class).hasMessageContaining("'ftp://127.0.0.1'");
        assertThatThrownBy(() -> fixture.service.configurePost(fixture.tenant, new PostSettings(provider.baseUrl(),
                provider.baseUrl(), "c", "s", "o", "Express Post!", "color")))
                .hasMessageContaining("'Express Post!'");
    }
}
