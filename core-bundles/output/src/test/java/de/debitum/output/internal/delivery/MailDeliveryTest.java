package de.debitum.output.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxDocumentKind;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStatus;
import de.debitum.output.DocumentRequest;
import de.debitum.output.LetterDelivery;
import de.debitum.output.MailSettings;
import de.debitum.output.OutputException;
import de.debitum.output.TlsMode;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.SampleLetters;

/** E-mail delivery against GreenMail and a scripted SMTP server, both on 127.0.0.1. */
class MailDeliveryTest {

    private OutputFixture fixture;
    private GreenMail greenMail;

    @BeforeEach
    void setUp() {
        fixture = new OutputFixture();
    }

    @AfterEach
    void tearDown() {
        if (greenMail != null) {
            greenMail.stop();
        }
        fixture.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void startGreenMail(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private void configureSmtp(int port) {
        fixture.service.configureMail(fixture.tenant, new MailSettings("127.0.0.1", port, TlsMode.NONE, null, null,
                "buchhaltung@gruenwald-soehne.de", "Grünwald & Söhne Buchhaltung", null));
    }

    private OutboxEntry enqueueGermanLetter() {
        return fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(2, 3), LetterTexts.defaults(),
                new LetterDelivery(OutboxChannel.EMAIL, "einkauf@baeckerei-mueller.de", "run-1", null, null)).entry();
    }

    @Test
    void germanLetterArrivesWithPdfAttached() throws Exception {
        int port = freePort();
        startGreenMail(port);
        configureSmtp(port);
        OutboxEntry queued = enqueueGermanLetter();

        int tried = fixture.service.deliverDue();

        assertThat(tried).isEqualTo(1);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("2. Mahnung Nr. M-2026-000417 – Grünwald & Söhne Maschinenbau GmbH");
        assertThat(mail.getFrom()[0].toString()).contains("buchhaltung@gruenwald-soehne.de");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Guten Tag").contains("Zahlungsfrist");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("2-Mahnung-M-2026-000417.pdf");
        try (InputStream pdf = attachment.getInputStream()) {
            assertThat(new String(pdf.readNBytes(5))).isEqualTo("%PDF-");
        }

        OutboxEntry sent = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.messageId()).isEqualTo(mail.getMessageID());
    }

    @Test
    void englishDebtorGetsEnglishMail() throws Exception {
        int port = freePort();
        startGreenMail(port);
        configureSmtp(port);
        fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.english(1, 2), LetterTexts.defaults(),
                new LetterDelivery(OutboxChannel.EMAIL, "ap@thornbury-tools.co.uk", null, null, null));

        fixture.service.deliverDue();

        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("Payment reminder no. M-2026-000418");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Dear Sir or Madam").contains("Kind regards");
    }

    @Test
    void refusedConnectionIsRetriedWithoutDuplicate() throws Exception {
        int port = freePort();
        configureSmtp(port);
        OutboxEntry queued = enqueueGermanLetter();

        fixture.service.deliverDue();
        OutboxEntry failed = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();

        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_TRANSIENT);
        assertThat(failed.lastError()).contains("nicht erreichbar").contains("cannot be reached");
        assertThat(failed.nextAttemptAt()).isEqualTo(OutputFixture.START.plusSeconds(60));

        startGreenMail(port);
        assertThat(fixture.service.deliverDue()).as("not due before the back-off").isZero();
        fixture.clock.advance(Duration.ofSeconds(60));
        assertThat(fixture.service.deliverDue()).isEqualTo(1);
        fixture.clock.advance(Duration.ofHours(1));
        assertThat(fixture.service.deliverDue()).isZero();
        assertThat(fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(2, 3),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.EMAIL, "einkauf@baeckerei-mueller.de",
                        "run-1", null, null)).created()).isFalse();
        fixture.service.deliverDue();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        OutboxEntry sent = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void deferredReplyIsRetriedThenGivenUp() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("MAIL", "451 4.3.0 Mail server temporarily rejected message")) {
            configureSmtp(server.port());
            OutboxEntry queued = enqueueGermanLetter();

            fixture.service.deliverDue();
            OutboxEntry first = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
            fixture.clock.advance(Duration.ofSeconds(60));
            fixture.service.deliverDue();
            OutboxEntry second = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
            fixture.clock.advance(Duration.ofSeconds(240));
            fixture.service.deliverDue();
            OutboxEntry third = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();

            assertThat(first.status()).isEqualTo(OutboxStatus.FAILED_TRANSIENT);
            assertThat(first.lastError()).contains("451");
            assertThat(second.nextAttemptAt()).as("second retry waits four times longer")
                    .isEqualTo(OutputFixture.START.plusSeconds(60 + 240));
            assertThat(third.status()).as("the fixture allows 3 attempts").isEqualTo(OutboxStatus.FAILED_FINAL);
            assertThat(third.lastError()).startsWith("Aufgegeben nach 3 Versuchen");
            assertThat(server.messagesAccepted()).isZero();
        }
    }

    @Test
    void rejectedRecipientFailsFinalAtOnce() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("RCPT", "550 5.1.1 Mailbox unavailable")) {
            configureSmtp(server.port());
            OutboxEntry queued = enqueueGermanLetter();

            fixture.service.deliverDue();

            OutboxEntry failed = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).contains("endgültig abgelehnt").contains("550");
            assertThat(failed.nextAttemptAt()).isNull();
        }
    }

    @Test
    void missingSettingsFailUntilConfiguredAndRetried() throws Exception {
        OutboxEntry queued = enqueueGermanLetter();

        fixture.service.deliverDue();
        OutboxEntry failed = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        int port = freePort();
        startGreenMail(port);
        configureSmtp(port);
        fixture.service.retry(fixture.tenant, queued.id());
        fixture.service.deliverDue();

        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
        assertThat(failed.lastError()).contains("kein SMTP-Server eingerichtet");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThatThrownBy(() -> fixture.service.retry(fixture.tenant, queued.id()))
                .isInstanceOf(OutputException.class);
    }

    @Test
    void deliveryIsAuditedWithMessageId() throws Exception {
        int port = freePort();
        startGreenMail(port);
        configureSmtp(port);
        var debtorAndDocument = AuditSubjects.seed(fixture);
        OutboxEntry queued = fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(1, 1),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.EMAIL, "einkauf@baeckerei-mueller.de", null,
                        debtorAndDocument.debtorId(), debtorAndDocument.documentId())).entry();

        fixture.service.deliverDue();

        List<AuditEvent> events = fixture.audit.forDocument(fixture.tenant, debtorAndDocument.documentId());
        AuditEvent sent = events.get(events.size() - 1);
        assertThat(sent.type()).isEqualTo(AuditEventType.SENT);
        assertThat(sent.subjectId()).isEqualTo(String.valueOf(queued.id()));
        assertThat(sent.details()).contains(greenMail.getReceivedMessages()[0].getMessageID());
        assertThat(sent.actor()).isEqualTo("output:email");
    }

    @Test
    void passwordIsStoredEncrypted() {
        fixture.service.configureMail(fixture.tenant, new MailSettings("smtp.example.de", 587, TlsMode.STARTTLS,
                "buchhaltung", "Geheim-äöü", "buchhaltung@gruenwald-soehne.de", "Buchhaltung", null));
        fixture.service.configureMail(fixture.tenant, new MailSettings("smtp2.example.de", 587, TlsMode.STARTTLS,
                "buchhaltung", null, "buchhaltung@gruenwald-soehne.de", "Buchhaltung", null));

        String stored = fixture.settings.load(fixture.tenant, OutboxChannel.EMAIL).get("password");

        assertThat(stored).startsWith("{aes-gcm}").doesNotContain("Geheim");
        assertThat(new de.debitum.api.secret.SecretCipher(new byte[32]).decrypt(stored))
                .as("a null password keeps the stored one").isEqualTo("Geheim-äöü");
    }

    @Test
    void invalidRequestsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(1, 1),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.EMAIL, "kein-at-zeichen", null, null, null)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("'kein-at-zeichen'");
        assertThatThrownBy(() -> fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(1, 1),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.EMAIL, null, null, null, null)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("e-mail address is missing");
        assertThatThrownBy(() -> fixture.service.configureMail(fixture.tenant, new MailSettings("smtp.example.de", 70000,
                TlsMode.TLS, null, null, "a@example.de", "A", null)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> fixture.service.enqueue(fixture.tenant, new DocumentRequest("invoice:1",
                OutboxChannel.EMAIL, "einkauf@baeckerei-mueller.de", null, OutboxDocumentKind.INVOICE,
                "RE-1\r\nBcc: fremd@example.org", "Grünwald", "de", null, null, null, "%PDF-1.7".getBytes())))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> fixture.service.enqueue(fixture.tenant, new DocumentRequest("invoice:2",
                OutboxChannel.POST, null, List.of("Nur ein Name\nmit Umbruch"), OutboxDocumentKind.INVOICE, "RE-2",
                "Grünwald", "de", null, null, null, "%PDF-1.7".getBytes())))
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> fixture.service.enqueue(fixture.tenant, new DocumentRequest("invoice:3",
                OutboxChannel.POST, null, List.of("Bäckerei Müller GmbH"), OutboxDocumentKind.INVOICE, "RE-3",
                "Grünwald", "de", null, null, null, "<html>".getBytes())))
                .hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> fixture.service.configureMail(fixture.tenant, new MailSettings("smtp example", 25,
                TlsMode.NONE, null, null, "a@example.de", "A", null)))
                .hasMessageContaining("'smtp example'");
    }
}
