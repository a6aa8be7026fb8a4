package de.debitum.output.internal.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.ParseException;

/**
 * Reads a bounce e-mail: a delivery status notification ({@code multipart/report;
 * report-type=delivery-status}, RFC 3464) or a plain bounce from a mailer daemon that quotes the
 * original message. Returns the bounce only when it names a Message-ID the outbox gave out,
 * {@code <outbox-<entry id>.<tenant>@<domain>>}; a DSN whose action is not {@code failed}
 * (delayed, delivered, relayed) is not a bounce.
 */
final class BounceParser {

    /** The Message-ID that {@code SmtpChannel} gives an outbox e-mail. */
    static final Pattern OUTBOX_MESSAGE_ID = Pattern.compile("<outbox-(\\d{1,18})\\.([a-z0-9][a-z0-9_-]{0,62})@[^<>\\s]{1,253}>");
    private static final Pattern STATUS = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern SMTP_REPLY = Pattern.compile("(?m)^.*\\b[45]\\d\\d[ -].*$");
    /** The maximum bytes read from one part; a DSN's status part has a few hundred. */
    static final int MAX_PART_BYTES = 256 * 1024;
    private static final int MAX_PARTS = 20;

    private BounceParser() {
    }

    static Optional<Bounce> parse(Message message) throws MessagingException, IOException {
        ContentType type = contentType(message);
        if (type != null && type.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"))
                && message.getContent() instanceof Multipart report) {
            return fromDsn(report);
        }
        if (looksLikeBounce(message)) {
            return fromPlainBounce(message);
        }
        return Optional.empty();
    }

    private static Optional<Bounce> fromDsn(Multipart report) throws MessagingException, IOException {
        String messageId = null;
        InternetHeaders failed = null;
        String humanText = null;
        for (int i = 0; i < Math.min(report.getCount(), MAX_PARTS); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                failed = failedRecipient(read(part));
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
                    || part.isMimeType("message/global") || part.isMimeType("message/global-headers")) {
                messageId = outboxId(new InternetHeaders(new ByteArrayInputStream(read(part).getBytes(StandardCharsets.UTF_8)))
                        .getHeader("Message-ID", null));
            } else if (i == 0 && part.isMimeType("text/plain")) {
                humanText = read(part);
            }
        }
        if (messageId == null && humanText != null) {
            messageId = firstOutboxId(humanText);
        }
        if (failed == null || messageId == null) {
            return Optional.empty();
        }
        return Optional.of(new Bounce(messageId, address(failed.getHeader("Final-Recipient", null)),
                clean(failed.getHeader("Status", null)), clean(failed.getHeader("Diagnostic-Code", null))));
    }

    /**
     * Returns the first per-recipient block whose action is {@code failed}, or null. The status
     * part is a per-message block and per-recipient blocks, each a set of header fields ended by a
     * blank line.
     */
    private static InternetHeaders failedRecipient(String statusPart) throws MessagingException {
        InputStream in = new ByteArrayInputStream(statusPart.getBytes(StandardCharsets.UTF_8));
        new InternetHeaders(in);
        for (int block = 0; block < 100; block++) {
            InternetHeaders recipient = new InternetHeaders(in);
            Enumeration<Header> fields = recipient.getAllHeaders();
            if (!fields.hasMoreElements()) {
                return null;
            }
            String action = recipient.getHeader("Action", null);
            if (action != null && "failed".equalsIgnoreCase(action.strip())) {
                return recipient;
            }
        }
        return null;
    }

    /**
     * Returns whether the message is a plain bounce: sent by the mailer daemon or postmaster, or
     * with an empty return path, and with a bounce subject. A person's reply that quotes our
     * Message-ID is not a bounce.
     */
    private static boolean looksLikeBounce(Message message) throws MessagingException {
        String[] returnPath = message.getHeader("Return-Path");
        boolean nullSender = returnPath != null && returnPath.length > 0 && returnPath[0].strip().equals("<>");
        boolean daemon = false;
        if (message.getFrom() != null) {
            for (var from : message.getFrom()) {
                String address = from instanceof InternetAddress internet ? internet.getAddress() : from.toString();
                String local = address == null ? "" : address.toLowerCase(Locale.ROOT);
                daemon |= local.startsWith("mailer-daemon@") || local.startsWith("postmaster@");
            }
        }
        String subject = message.getSubject() == null ? "" : message.getSubject().toLowerCase(Locale.ROOT);
        boolean bounceSubject = subject.contains("undeliver") || subject.contains("unzustellbar")
                || subject.contains("delivery status notification") || subject.contains("mail delivery failed")
                || subject.contains("returned mail") || subject.contains("delivery failure")
                || subject.contains("nicht zugestellt");
        return (nullSender || daemon) && bounceSubject;
    }

    private static Optional<Bounce> fromPlainBounce(Message message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        collectText(message, text, 0);
        String messageId = firstOutboxId(text.toString());
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher status = STATUS.matcher(text);
        Matcher reply = SMTP_REPLY.matcher(text);
        return Optional.of(new Bounce(messageId, null, status.find() ? status.group(1) : null,
                reply.find() ? clean(reply.group()) : null));
    }

    /** Appends the text of the message's text parts and the headers of quoted messages, bounded. */
    private static void collectText(Part part, StringBuilder text, int depth) throws MessagingException, IOException {
        if (depth > 5 || text.length() > MAX_PART_BYTES) {
            return;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < Math.min(multipart.getCount(), MAX_PARTS); i++) {
                collectText(multipart.getBodyPart(i), text, depth + 1);
            }
        } else if (part.isMimeType("text/plain") || part.isMimeType("message/rfc822")
                || part.isMimeType("text/rfc822-headers") || part.isMimeType("message/delivery-status")) {
            text.append(read(part)).append('\n');
        }
    }

    private static String firstOutboxId(String text) {
        Matcher matcher = OUTBOX_MESSAGE_ID.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static String outboxId(String header) {
        return header == null ? null : firstOutboxId(header.strip());
    }

    /** Reads a part's decoded content as text, at most {@link #MAX_PART_BYTES}. */
    private static String read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_PART_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** Returns the address of a {@code rfc822; user@example.de} field, or the field as given. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        return clean(semicolon < 0 ? field : field.substring(semicolon + 1));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String single = value.replaceAll("\\s+", " ").strip();
        return single.length() > 300 ? single.substring(0, 300) : single;
    }

    private static ContentType contentType(Message message) throws MessagingException {
        try {
            return message.getContentType() == null ? null : new ContentType(message.getContentType());
        } catch (ParseException e) {
            return null;
        }
    }
}
