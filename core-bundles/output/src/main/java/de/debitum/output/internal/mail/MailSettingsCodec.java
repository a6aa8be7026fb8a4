package de.debitum.output.internal.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import de.debitum.output.MailSettings;
import de.debitum.output.OutputException;
import de.debitum.output.TlsMode;

/** Checks SMTP settings and turns them into the values stored per tenant, and back. */
public final class MailSettingsCodec {

    /** The stored key of the password, which is kept encrypted. */
    public static final String PASSWORD = "password";

    private MailSettingsCodec() {
    }

    /** Checks the settings and returns the values to store, the password still in plain text. */
    public static Map<String, String> encode(MailSettings settings) {
        check(settings);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", settings.host().strip());
        values.put("port", String.valueOf(settings.port()));
        values.put("tls", settings.tls().name());
        putIfPresent(values, "username", settings.username());
        putIfPresent(values, PASSWORD, settings.password());
        values.put("fromAddress", settings.fromAddress().strip());
        values.put("fromName", settings.fromName().strip());
        putIfPresent(values, "replyTo", settings.replyTo());
        return values;
    }

    /** Reads stored values with the password decrypted; empty when the tenant saved none. */
    public static Optional<MailSettings> decode(Map<String, String> values) {
        if (!values.containsKey("host")) {
            return Optional.empty();
        }
        return Optional.of(new MailSettings(values.get("host"), Integer.parseInt(values.get("port")),
                TlsMode.valueOf(values.get("tls")), values.get("username"), values.get(PASSWORD),
                values.get("fromAddress"), values.get("fromName"), values.get("replyTo")));
    }

    private static void check(MailSettings settings) {
        if (settings.host() == null || !settings.host().strip().matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw new OutputException("Ungültiger SMTP-Server '" + settings.host() + "'. Bitte einen Hostnamen wie smtp.example.de angeben.",
                    "Invalid SMTP host '" + settings.host() + "'. Give a host name such as smtp.example.de.");
        }
        if (settings.port() < 1 || settings.port() > 65535) {
            throw new OutputException("Ungültiger SMTP-Port " + settings.port() + ". Erlaubt sind 1 bis 65535, meist 587 oder 465.",
                    "Invalid SMTP port " + settings.port() + ". Use 1 to 65535, usually 587 or 465.");
        }
        checkAddress("Absenderadresse", "sender address", settings.fromAddress());
        if (settings.replyTo() != null) {
            checkAddress("Antwortadresse", "reply-to address", settings.replyTo());
        }
        if (settings.fromName() == null || settings.fromName().isBlank() || settings.fromName().length() > 200) {
            throw new OutputException("Der Absendername fehlt oder ist länger als 200 Zeichen.",
                    "The sender name is missing or longer than 200 characters.");
        }
        if (settings.username() != null && settings.username().length() > 200) {
            throw new OutputException("Der SMTP-Benutzer ist länger als 200 Zeichen.", "The SMTP user is longer than 200 characters.");
        }
        if (settings.password() != null && settings.password().length() > 500) {
            throw new OutputException("Das SMTP-Passwort ist länger als 500 Zeichen.", "The SMTP password is longer than 500 characters.");
        }
    }

    static void checkAddress(String germanName, String englishName, String address) {
        try {
            if (address == null || address.length() > 254) {
                throw new AddressException("missing or too long");
            }
            new InternetAddress(address.strip(), true).validate();
        } catch (AddressException e) {
            throw new OutputException("Ungültige " + germanName + " '" + address + "'. Bitte eine Adresse wie buchhaltung@example.de angeben.",
                    "Invalid " + englishName + " '" + address + "'. Give an address such as accounts@example.com.");
        }
    }

    /** Checks an e-mail address of a debtor. */
    public static String debtorAddress(String address) {
        checkAddress("E-Mail-Adresse des Schuldners", "debtor e-mail address", address);
        // Only the domain is case-insensitive (RFC 5321 section 2.4); the local part stays as given.
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        return trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
