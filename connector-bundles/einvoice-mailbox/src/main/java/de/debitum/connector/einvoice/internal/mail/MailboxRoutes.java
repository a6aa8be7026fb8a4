package de.debitum.connector.einvoice.internal.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.ingest.IngestionException;
import de.debitum.connector.einvoice.internal.MailboxSettings;

/**
 * The route of an instance in IMAP mode: it polls the unread mails of the mailbox folder and
 * imports their PDF and XML attachments. Only after the import returned does Camel move a mail to
 * the folder for done mails (its documents are committed) or to the folder for rejected mails. A
 * mail whose import failed stays unread in the polled folder and is read again at the next poll.
 */
public final class MailboxRoutes extends RouteBuilder {

    /** Mails read per poll; the rest follow at the next polls. */
    static final int MAX_MAILS_PER_POLL = 50;

    /** Bound for connecting to and reading from the IMAP server, in milliseconds. */
    static final int TIMEOUT_MILLIS = 30_000;

    private final ConnectorContext context;
    private final MailboxSettings settings;

    public MailboxRoutes(ConnectorContext context, MailboxSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void configure() {
        // Nothing was stored, an attachment could not be read, or the note beside a rejected mail could
        // not be written: the mail stays unread and is read again at the next poll.
        // NOTE: a mail that fails on every read is retried at every poll; nothing moves it aside yet.
        onException(IngestionException.class, MessagingException.class, IOException.class)
                .handled(false)
                .logExhausted(false)
                .process(exchange -> context.log().warn("Importing {} failed, it stays unread for the next poll: {}",
                        exchange.getProperty(MailProcessor.MAIL_ID_PROPERTY),
                        exchange.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()));

        // The host, the folder and the credentials are set on the configuration, not in the URI, so
        // that no password or user name is part of an endpoint URI that Camel logs.
        String uri = (settings.tls() ? "imaps" : "imap") + "://" + settings.host() + ":" + settings.port()
                + "?initialDelay=0&delay=" + settings.pollInterval().toMillis()
                + "&unseen=true&peek=true&mapMailMessage=false"
                + "&maxMessagesPerPoll=" + MAX_MAILS_PER_POLL
                + "&connectionTimeout=" + TIMEOUT_MILLIS;
        MailEndpoint endpoint = getContext().getEndpoint(uri, MailEndpoint.class);
        MailConfiguration configuration = endpoint.getConfiguration();
        configuration.setUsername(settings.user());
        configuration.setPassword(settings.password());
        configuration.setFolderName(settings.mailboxFolder());
        configuration.setAdditionalJavaMailProperties(MailboxConnection.timeouts(settings));

        from(endpoint)
                .routeId(context.instanceId() + ".einvoice-mailbox")
                .process(new MailProcessor(context, settings));
    }
}
