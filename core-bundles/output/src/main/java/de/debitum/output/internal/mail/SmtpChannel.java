package de.debitum.output.internal.mail;

import java.io.UnsupportedEncodingException;
import java.util.Map;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.output.MailSettings;
import de.debitum.output.TlsMode;
import de.debitum.output.internal.delivery.DeliveryChannel;
import de.debitum.output.internal.delivery.DeliveryFailure;

/**
 * Sends an outbox entry as an e-mail with the PDF attached, over the tenant's SMTP server with
 * Jakarta Mail. The Message-ID is made from the entry, so a copy that does go out twice carries the
 * same id and mail clients can recognise it.
 */
public final class SmtpChannel implements DeliveryChannel {

    private final int timeoutMillis;

    /** @param timeoutMillis the connect, read and write timeout of the SMTP connection */
    public SmtpChannel(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.EMAIL;
    }

    @Override
    public String send(OutboxEntry entry, byte[] pdf, Map<String, String> stored) throws DeliveryFailure {
        MailSettings settings = MailSettingsCodec.decode(stored).orElseThrow(() -> DeliveryFailure.permanent(
                "Für den Mandanten ist kein SMTP-Server eingerichtet. Bitte die E-Mail-Einstellungen speichern und den Versand wiederholen.",
                "No SMTP server is set up for the tenant. Save the e-mail settings and retry the delivery.", null));
        Session session = Session.getInstance(properties(settings));
        String messageId = "<outbox-" + entry.id() + "." + entry.tenant() + "@" + domainOf(settings.fromAddress()) + ">";

        // Jakarta Mail finds its SMTP provider through the context class loader; inside OSGi that
        // must be the loader of the bundle that contains Jakarta Mail.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage message = message(session, settings, entry, pdf, messageId);
            try (Transport transport = session.getTransport(settings.tls() == TlsMode.TLS ? "smtps" : "smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            // An e-mail the server accepted counts as sent; a later bounce to the tenant's bounce
            // mailbox turns it into a failed delivery (DefaultDeliveryFeedback).
            return messageId;
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e, settings);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Properties properties(MailSettings settings) {
        String protocol = settings.tls() == TlsMode.TLS ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", String.valueOf(settings.port()));
        properties.put(prefix + "connectiontimeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "timeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "writetimeout", String.valueOf(timeoutMillis));
        properties.put(prefix + "auth", String.valueOf(settings.username() != null));
        properties.put(prefix + "from", settings.fromAddress());
        if (settings.tls() == TlsMode.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.tls() != TlsMode.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static MimeMessage message(Session session, MailSettings settings, OutboxEntry entry, byte[] pdf,
                                       String messageId) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        try {
            message.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is not supported", e);
        }
        if (settings.replyTo() != null) {
            message.setReplyTo(InternetAddress.parse(settings.replyTo()));
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(entry.recipient(), true));
        message.setSubject(entry.subject(), "UTF-8");
        message.setHeader("Content-Language", entry.language());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(entry.body() == null ? "" : entry.body(), "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(entry.fileName());
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        return message;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "debitum.invalid" : address.substring(at + 1);
    }

    /** A message whose Message-ID is set by the outbox, not made up anew by Jakarta Mail. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
