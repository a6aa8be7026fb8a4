package de.debitum.output.internal.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.secret.SecretCipher;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.output.LetterDelivery;
import de.debitum.output.internal.feedback.DefaultDeliveryFeedback;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.SampleLetters;

/** The post provider's letter states read back from a WireMock stub of its API. */
class PostStatusTest {

    private static final String LETTERS = ProviderStub.LETTERS;

    private OutputFixture fixture;
    private WireMockServer provider;
    private DefaultDeliveryFeedback feedback;

    @BeforeEach
    void setUp() {
        fixture = new OutputFixture();
        provider = ProviderStub.start();
        fixture.service.configurePost(fixture.tenant, ProviderStub.settings(provider));
        feedback = new DefaultDeliveryFeedback(new DefaultTenantStore(fixture.persistence), fixture.outbox,
                fixture.settings, new SecretCipher(new byte[32]), fixture.clock, new FeedbackConfig());
    }

    @AfterEach
    void tearDown() {
        provider.stop();
        fixture.close();
    }

    private OutboxEntry sentLetter(int mahnstufe, String letterId) {
        provider.stubFor(post(LETTERS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.api+json")
                .withBody("{\"data\":{\"id\":\"" + letterId + "\",\"type\":\"letters\",\"attributes\":{\"status\":\"valid\"}}}")));
        OutboxEntry queued = fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(mahnstufe, 2),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.POST, null, "run-7", null, null)).entry();
        fixture.service.deliverDue();
        OutboxEntry sent = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.messageId()).isEqualTo(letterId);
        return sent;
    }

    private void letterState(String letterId, String attributes) {
        provider.stubFor(get(LETTERS + "/" + letterId).withHeader("Authorization", equalTo("Bearer token-123"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.api+json")
                        .withBody("{\"data\":{\"id\":\"" + letterId + "\",\"type\":\"letters\",\"attributes\":"
                                + attributes + "}}")));
    }

    @Test
    void undeliverableLetterBecomesFailed() {
        OutboxEntry sent = sentLetter(1, "letter-789");
        letterState("letter-789", "{\"status\":\"undeliverable\",\"status_reason\":\"Empfänger unbekannt verzogen\"}");

        assertThat(feedback.pollPostStatus()).isEqualTo(1);

        OutboxEntry failed = fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
        assertThat(failed.lastError()).contains("letter-789");
        assertThat(failed.lastError()).contains("undeliverable: Empfänger unbekannt verzogen");
        assertThat(feedback.pollPostStatus()).isZero();
    }

    @Test
    void rejectedLetterWithoutReasonNamesState() {
        OutboxEntry sent = sentLetter(2, "letter-790");
        letterState("letter-790", "{\"status\":\"rejected\"}");

        assertThat(feedback.pollPostStatus()).isEqualTo(1);

        assertThat(fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow().lastError()).contains("'rejected'");
    }

    @Test
    void sentLetterStaysSent() {
        OutboxEntry sent = sentLetter(3, "letter-791");
        letterState("letter-791", "{\"status\":\"sent\"}");

        assertThat(feedback.pollPostStatus()).isZero();

        assertThat(fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        provider.verify(1, getRequestedFor(urlEqualTo(LETTERS + "/letter-791")));
    }

    @Test
    void providerDownLeavesLetterSent() {
        OutboxEntry sent = sentLetter(4, "letter-792");
        provider.stubFor(get(LETTERS + "/letter-792").willReturn(aResponse().withStatus(503)));

        assertThat(feedback.pollPostStatus()).isZero();

        assertThat(fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void oldLettersAreNotAsked() {
        sentLetter(5, "letter-793");
        letterState("letter-793", "{\"status\":\"undeliverable\"}");
        fixture.clock.advance(Duration.ofDays(31));

        assertThat(feedback.pollPostStatus()).isZero();

        provider.verify(0, getRequestedFor(urlEqualTo(LETTERS + "/letter-793")));
    }
}
