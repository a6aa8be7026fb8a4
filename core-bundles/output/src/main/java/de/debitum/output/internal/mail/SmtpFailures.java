package de.debitum.output.internal.mail;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import de.debitum.output.MailSettings;
import de.debitum.output.internal.delivery.DeliveryFailure;

/**
 * Decides whether an SMTP failure is worth another attempt. RFC 5321 section 4.2.1: a 4xx reply is
 * a transient negative completion (try again later), a 5xx reply a permanent one. Connection
 * failures and timeouts are transient; a rejected login or an invalid address is permanent.
 */
final class SmtpFailures {

    /** The causes followed at most, in case an exception chain loops. */
    private static final int MAX_DEPTH = 10;

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([245]\\d\\d)[ -]");

    private SmtpFailures() {
    }

    static DeliveryFailure classify(MessagingException failure, MailSettings settings) {
        String server = settings.host() + ":" + settings.port();
        if (failure instanceof AuthenticationFailedException) {
            return DeliveryFailure.permanent(
                    "Der SMTP-Server " + server + " hat die Anmeldung abgelehnt. Bitte Benutzer und Passwort prüfen.",
                    "The SMTP server " + server + " rejected the login. Check user name and password.", failure);
        }
        if (failure instanceof AddressException) {
            return DeliveryFailure.permanent(
                    "Die E-Mail-Adresse ist ungültig: " + failure.getMessage() + ". Bitte die Adresse des Schuldners korrigieren.",
                    "The e-mail address is invalid: " + failure.getMessage() + ". Correct the debtor's address.", failure);
        }

        Throwable replying = replyingException(failure);
        int code = replying == null ? 0 : replyCode(replying);
        String reply = firstLine(replying == null ? failure : replying);
        if (code >= 500) {
            return DeliveryFailure.permanent("Der SMTP-Server " + server + " hat die E-Mail endgültig abgelehnt: " + reply,
                    "The SMTP server " + server + " rejected the e-mail permanently: " + reply, failure);
        }
        if (code >= 400) {
            return DeliveryFailure.transientFailure("Der SMTP-Server " + server + " hat die E-Mail vorläufig abgelehnt: " + reply,
                    "The SMTP server " + server + " deferred the e-mail: " + reply, failure);
        }

        if (hasCause(failure, ConnectException.class) || hasCause(failure, NoRouteToHostException.class)) {
            return DeliveryFailure.transientFailure("Der SMTP-Server " + server + " ist nicht erreichbar.",
                    "The SMTP server " + server + " cannot be reached.", failure);
        }
        if (hasCause(failure, SocketTimeoutException.class)) {
            return DeliveryFailure.transientFailure("Der SMTP-Server " + server + " antwortet nicht rechtzeitig.",
                    "The SMTP server " + server + " timed out.", failure);
        }
        if (hasCause(failure, UnknownHostException.class)) {
            return DeliveryFailure.transientFailure("Der Name des SMTP-Servers " + settings.host()
                            + " lässt sich nicht auflösen. Bitte den Servernamen prüfen.",
                    "The SMTP server name " + settings.host() + " cannot be resolved. Check the host name.", failure);
        }
        // Anything else (a broken connection, a TLS handshake that failed) may pass; the back-off
        // ends the entry after its last attempt.
        return DeliveryFailure.transientFailure("Versand über " + server + " fehlgeschlagen: " + reply,
                "Sending through " + server + " failed: " + reply, failure);
    }

    /** Returns the first exception in the chain that carries an SMTP reply, or null. */
    private static Throwable replyingException(Throwable failure) {
        int depth = 0;
        for (Throwable current = failure; current != null && depth++ < MAX_DEPTH; current = next(current)) {
            if (replyCode(current) > 0) {
                return current;
            }
        }
        return null;
    }

    /**
     * Returns the SMTP reply code of one exception, or 0. Angus Mail's SMTP exceptions carry it in
     * {@code getReturnCode()}; they are read reflectively because Angus's packages are not
     * exported by the Camel runtime bundle. Other exceptions start their message with the reply.
     */
    static int replyCode(Throwable exception) {
        try {
            Method method = exception.getClass().getMethod("getReturnCode");
            Object value = method.invoke(exception);
            if (value instanceof Integer code && code >= 200) {
                return code;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not an SMTP exception of Angus Mail: look at the message instead.
        }
        if (exception.getMessage() != null) {
            Matcher matcher = REPLY_CODE.matcher(exception.getMessage());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        return 0;
    }

    private static Throwable next(Throwable current) {
        if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return current.getCause() == current ? null : current.getCause();
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable current = failure; current != null && depth++ < MAX_DEPTH; current = next(current)) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
