package de.debitum.output.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxStatus;
import de.debitum.api.secret.SecretCipher;
import de.debitum.api.store.TenantStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.output.BounceMailboxSettings;
import de.debitum.output.LetterDelivery;
import de.debitum.output.MailSettings;
import de.debitum.output.OutputException;
import de.debitum.output.SavedBounceMailbox;
import de.debitum.output.TlsMode;
import de.debitum.output.internal.feedback.DefaultDeliveryFeedback;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.SampleLetters;

/**
 * Bounces read back from a GreenMail IMAP mailbox: an RFC 3464 delivery status notification and a
 * plain mailer-daemon bounce mark the sent entries failed; a delay notice and a person's reply do not.
 */
class BounceFeedbackTest {

    private static final String BOUNCES = "bounces@gruenwald-soehne.de";

    private OutputFixture fixture;
    private GreenMail greenMail;
    private GreenMailUser mailbox;
    private DefaultDeliveryFeedback feedback;

    @BeforeEach
    void setUp() {
        fixture = new OutputFixture();
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        greenMail.start();
        mailbox = greenMail.setUser(BOUNCES, "bounces", "imap-passwort-7");
        fixture.service.configureMail(fixture.tenant, new MailSettings("127.0.0.1", greenMail.getSmtp().getPort(),
                TlsMode.NONE, null, null, "buchhaltung@gruenwald-soehne.de", "Grünwald & Söhne Buchhaltung", null));
        TenantStore tenants = new DefaultTenantStore(fixture.persistence);
        feedback = new DefaultDeliveryFeedback(tenants, fixture.outbox, fixture.settings, new SecretCipher(new byte[32]),
                fixture.clock, new FeedbackConfig());
        feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings("127.0.0.1",
                greenMail.getImap().getPort(), TlsMode.NONE, "bounces", "imap-passwort-7", "INBOX"));
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
        fixture.close();
    }

    private OutboxEntry sentLetter(int mahnstufe, String address) {
        OutboxEntry queued = fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(mahnstufe, 2),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.EMAIL, address, "run-1", null, null)).entry();
        fixture.service.deliverDue();
        OutboxEntry sent = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        return sent;
    }

    /** A DSN as Postfix writes it, with the original message's headers. */
    private static String dsn(String messageId, String recipient, String action, String status, String diagnostic) {
        return String.join("\r\n",
                "Return-Path: <>",
                "From: MAILER-DAEMON@mx.example.de (Mail Delivery System)",
                "To: " + BOUNCES,
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: <20261204091500.4711@mx.example.de>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status;",
                "\tboundary=\"4711.1733303700/mx.example.de\"",
                "",
                "This is a MIME-encapsulated message.",
                "",
                "--4711.1733303700/mx.example.de",
                "Content-Description: Notification",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "This is the mail system at host mx.example.de.",
                "",
                "I'm sorry to have to inform you that your message could not",
                "be delivered to one or more recipients.",
                "",
                "--4711.1733303700/mx.example.de",
                "Content-Description: Delivery report",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.de",
                "X-Postfix-Queue-ID: 4711",
                "Arrival-Date: Fri,  4 Dec 2026 10:14:59 +0100 (CET)",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Original-Recipient: rfc822;" + recipient,
                "Action: " + action,
                "Status: " + status,
                "Remote-MTA: dns; mail.example.de",
                "Diagnostic-Code: smtp; " + diagnostic,
                "",
                "--4711.1733303700/mx.example.de",
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
                "",
                "From: =?UTF-8?Q?Gr=C3=BCnwald?= <buchhaltung@gruenwald-soehne.de>",
                "To: " + recipient,
                "Subject: Zahlungserinnerung",
                "Message-ID: " + messageId,
                "",
                "--4711.1733303700/mx.example.de--",
                "");
    }

    private void deliver(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        mailbox.deliver(message);
    }

    @Test
    void dsnMarksEntryFailedWithReason() throws Exception {
        OutboxEntry sent = sentLetter(1, "einkauf@baeckerei-mueller.de");
        deliver(dsn(sent.messageId(), "einkauf@baeckerei-mueller.de", "failed", "5.1.1",
                "550 5.1.1 <einkauf@baeckerei-mueller.de>: Recipient address rejected: User unknown"));

        assertThat(feedback.pollBounces()).isEqualTo(1);

        OutboxEntry failed = fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
        assertThat(failed.lastError()).contains("E-Mail unzustellbar");
        assertThat(failed.lastError()).contains("5.1.1");
        assertThat(failed.lastError()).contains("User unknown");
        assertThat(failed.lastError()).contains("einkauf@baeckerei-mueller.de");
        assertThat(failed.messageId()).isEqualTo(sent.messageId());
        assertThat(feedback.pollBounces()).isZero();
    }

    @Test
    void bounceIsAudited() throws Exception {
        var subjects = AuditSubjects.seed(fixture);
        OutboxEntry queued = fixture.service.enqueueDunningLetter(fixture.tenant, SampleLetters.german(1, 1),
                LetterTexts.defaults(), new LetterDelivery(OutboxChannel.EMAIL, "einkauf@baeckerei-mueller.de", null,
                        subjects.debtorId(), subjects.documentId())).entry();
        fixture.service.deliverDue();
        OutboxEntry sent = fixture.outbox.find(fixture.tenant, queued.id()).orElseThrow();
        deliver(dsn(sent.messageId(), "einkauf@baeckerei-mueller.de", "failed", "5.2.2", "552 5.2.2 Mailbox full"));

        feedback.pollBounces();

        List<AuditEvent> events = fixture.audit.forDocument(fixture.tenant, subjects.documentId());
        AuditEvent last = events.get(events.size() - 1);
        assertThat(last.type()).isEqualTo(AuditEventType.DELIVERY_FAILED);
        assertThat(last.subjectId()).isEqualTo(String.valueOf(sent.id()));
        assertThat(last.actor()).isEqualTo("output:bounce");
        assertThat(last.details()).contains(sent.messageId());
        assertThat(last.details()).contains("Mailbox full");
    }

    @Test
    void plainBounceQuotingMessageIdCounts() throws Exception {
        OutboxEntry sent = sentLetter(2, "info@example.org");
        deliver(String.join("\r\n",
                "Return-Path: <>",
                "From: Mail Delivery Subsystem <mailer-daemon@mail.example.org>",
                "To: " + BOUNCES,
                "Subject: Mail delivery failed: returning message to sender",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "This message was created automatically by mail delivery software.",
                "",
                "A message that you sent could not be delivered to one or more of its",
                "recipients. This is a permanent error. The following address(es) failed:",
                "",
                "  info@example.org",
                "    host mail.example.org [192.0.2.7]",
                "    SMTP error from remote mail server after RCPT TO:<info@example.org>:",
                "    550 5.7.1 Relaying denied",
                "",
                "------ This is a copy of the message, including all the headers. ------",
                "",
                "Message-ID: " + sent.messageId(),
                "Subject: Zahlungserinnerung",
                ""));

        assertThat(feedback.pollBounces()).isEqualTo(1);

        OutboxEntry failed = fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED_FINAL);
        assertThat(failed.lastError()).contains("5.7.1");
        assertThat(failed.lastError()).contains("550 5.7.1 Relaying denied");
    }

    @Test
    void delayNoticeAndReplyLeaveEntrySent() throws Exception {
        OutboxEntry sent = sentLetter(3, "einkauf@baeckerei-mueller.de");
        deliver(dsn(sent.messageId(), "einkauf@baeckerei-mueller.de", "delayed", "4.4.1",
                "421 4.4.1 Connection timed out"));
        deliver(String.join("\r\n",
                "From: Erika Müller <einkauf@baeckerei-mueller.de>",
                "To: " + BOUNCES,
                "Subject: Re: Zahlungserinnerung",
                "In-Reply-To: " + sent.messageId(),
                "Content-Type: text/plain; charset=utf-8",
                "",
                "Wir haben heute überwiesen.",
                "> Message-ID: " + sent.messageId(),
                ""));

        assertThat(feedback.pollBounces()).isZero();

        assertThat(fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        // The reply stays unread for the people who read the mailbox.
        assertThat(unseenMessages()).isEqualTo(2);
    }

    @Test
    void bounceForOtherTenantIsIgnored() throws Exception {
        OutboxEntry sent = sentLetter(4, "einkauf@baeckerei-mueller.de");
        String foreign = sent.messageId().replace("." + fixture.tenant.value() + "@", ".anderer-mandant@");
        deliver(dsn(foreign, "einkauf@baeckerei-mueller.de", "failed", "5.1.1", "550 5.1.1 User unknown"));

        assertThat(feedback.pollBounces()).isZero();

        assertThat(fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void passwordIsStoredEncrypted() {
        Map<String, String> stored = fixture.settings.load(fixture.tenant, OutboxChannel.EMAIL);

        assertThat(stored.get("bounce.password")).isNotBlank();
        assertThat(stored.get("bounce.password")).doesNotContain("imap-passwort-7");
        assertThat(stored).containsEntry("bounce.host", "127.0.0.1");
        // Saving the SMTP settings again keeps the bounce mailbox.
        fixture.service.configureMail(fixture.tenant, new MailSettings("127.0.0.1", 2525, TlsMode.NONE, null, null,
                "buchhaltung@gruenwald-soehne.de", "Grünwald & Söhne Buchhaltung", null));
        assertThat(fixture.settings.load(fixture.tenant, OutboxChannel.EMAIL)).containsEntry("bounce.host", "127.0.0.1");
    }

    @Test
    void invalidMailboxSettingsAreRejected() {
        assertThatThrownBy(() -> feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings(
                "imap example", 993, TlsMode.TLS, "bounces", "x", null)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("imap example");
        assertThatThrownBy(() -> feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings(
                "imap.example.de", 0, TlsMode.TLS, "bounces", "x", null)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("IMAP port 0");
    }

    @Test
    void savedMailboxIsShownWithoutPassword() {
        SavedBounceMailbox saved = feedback.bounceMailbox(fixture.tenant).orElseThrow();

        assertThat(saved.settings().host()).isEqualTo("127.0.0.1");
        assertThat(saved.settings().port()).isEqualTo(greenMail.getImap().getPort());
        assertThat(saved.settings().tls()).isEqualTo(TlsMode.NONE);
        assertThat(saved.settings().username()).isEqualTo("bounces");
        assertThat(saved.settings().folder()).isEqualTo("INBOX");
        assertThat(saved.settings().password()).isNull();
        assertThat(saved.passwordSaved()).isTrue();
    }

    @Test
    void clearedMailboxIsNoLongerRead() throws Exception {
        OutboxEntry sent = sentLetter(1, "einkauf@baeckerei-mueller.de");
        deliver(dsn(sent.messageId(), "einkauf@baeckerei-mueller.de", "failed", "5.1.1", "550 5.1.1 User unknown"));

        feedback.clearBounceMailbox(fixture.tenant);

        assertThat(feedback.bounceMailbox(fixture.tenant)).isEmpty();
        assertThat(fixture.settings.load(fixture.tenant, OutboxChannel.EMAIL)).doesNotContainKeys("bounce.host",
                "bounce.password").containsKey("host");
        assertThat(feedback.pollBounces()).isZero();
        assertThat(fixture.outbox.find(fixture.tenant, sent.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void firstSaveWithoutPasswordIsRejected() {
        feedback.clearBounceMailbox(fixture.tenant);

        assertThatThrownBy(() -> feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings(
                "imap.example.de", 993, TlsMode.TLS, "bounces", null, "INBOX")))
                .isInstanceOf(OutputException.class)
                .hasMessage("The IMAP password is missing. Give one when you save the mailbox for the first time.");
        assertThat(feedback.bounceMailbox(fixture.tenant)).isEmpty();
    }

    @Test
    void saveWithoutPasswordKeepsStoredOne() {
        String before = fixture.settings.load(fixture.tenant, OutboxChannel.EMAIL).get("bounce.password");

        feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings("imap.example.de", 143,
                TlsMode.STARTTLS, "bounces", null, "INBOX/Bounces"));

        SavedBounceMailbox saved = feedback.bounceMailbox(fixture.tenant).orElseThrow();
        assertThat(saved.settings().folder()).isEqualTo("INBOX/Bounces");
        assertThat(saved.settings().tls()).isEqualTo(TlsMode.STARTTLS);
        assertThat(saved.passwordSaved()).isTrue();
        assertThat(fixture.settings.load(fixture.tenant, OutboxChannel.EMAIL).get("bounce.password")).isEqualTo(before);
    }

    @Test
    void folderWithControlCharacterIsRejected() {
        assertThatThrownBy(() -> feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings(
                "imap.example.de", 993, TlsMode.TLS, "bounces", "x", "INBOX\nA")))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void unreachableMailboxDoesNotStopPoll() {
        feedback.configureBounceMailbox(fixture.tenant, new BounceMailboxSettings("127.0.0.1", 1, TlsMode.NONE,
                "bounces", null, "INBOX"));

        assertThat(feedback.pollBounces()).isZero();
    }

    private int unseenMessages() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "bounces", "imap-passwort-7");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int unseen = 0;
            for (Message message : inbox.getMessages()) {
                if (!message.isSet(Flags.Flag.SEEN)) {
                    unseen++;
                }
            }
            inbox.close(false);
            return unseen;
        } finally {
            store.close();
        }
    }
}
