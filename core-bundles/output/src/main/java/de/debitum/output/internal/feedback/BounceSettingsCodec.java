package de.debitum.output.internal.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import de.debitum.output.BounceMailboxSettings;
import de.debitum.output.OutputException;
import de.debitum.output.TlsMode;

/** Checks bounce mailbox settings and turns them into the e-mail channel's {@code bounce.*} values, and back. */
public final class BounceSettingsCodec {

    /** The settings group in the e-mail channel's settings. */
    public static final String PREFIX = "bounce.";
    /** The stored key of the IMAP password, which is kept encrypted. */
    public static final String PASSWORD = "bounce.password";

    private BounceSettingsCodec() {
    }

    /** Checks the settings and returns the values to store, the password still in plain text. */
    public static Map<String, String> encode(BounceMailboxSettings settings) {
        if (settings.host() == null || !settings.host().strip().matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw new OutputException("Ungültiger IMAP-Server '" + settings.host() + "'. Bitte einen Hostnamen wie imap.example.de angeben.",
                    "Invalid IMAP host '" + settings.host() + "'. Give a host name such as imap.example.de.");
        }
        if (settings.port() < 1 || settings.port() > 65535) {
            throw new OutputException("Ungültiger IMAP-Port " + settings.port() + ". Erlaubt sind 1 bis 65535, meist 993.",
                    "Invalid IMAP port " + settings.port() + ". Use 1 to 65535, usually 993.");
        }
        if (settings.username() == null || settings.username().isBlank() || settings.username().length() > 200) {
            throw new OutputException("Der IMAP-Benutzer fehlt oder ist länger als 200 Zeichen.",
                    "The IMAP user is missing or longer than 200 characters.");
        }
        if (settings.password() != null && (settings.password().isEmpty() || settings.password().length() > 500)) {
            throw new OutputException("Das IMAP-Passwort ist leer oder länger als 500 Zeichen.",
                    "The IMAP password is empty or longer than 500 characters.");
        }
        String folder = settings.folder() == null || settings.folder().isBlank() ? "INBOX" : settings.folder().strip();
        if (folder.length() > 200) {
            throw new OutputException("Der IMAP-Ordner ist länger als 200 Zeichen.", "The IMAP folder is longer than 200 characters.");
        }
        if (folder.chars().anyMatch(Character::isISOControl)) {
            throw new OutputException("Der IMAP-Ordner enthält ein Steuerzeichen. Bitte einen Ordnernamen wie INBOX oder INBOX/Bounces angeben.",
                    "The IMAP folder contains a control character. Give a folder name such as INBOX or INBOX/Bounces.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bounce.host", settings.host().strip());
        values.put("bounce.port", String.valueOf(settings.port()));
        values.put("bounce.tls", settings.tls().name());
        values.put("bounce.username", settings.username().strip());
        if (settings.password() != null) {
            values.put(PASSWORD, settings.password());
        }
        values.put("bounce.folder", folder);
        return values;
    }

    /** Reads stored values with the password decrypted; empty when the tenant saved no mailbox. */
    public static Optional<BounceMailboxSettings> decode(Map<String, String> values) {
        if (!values.containsKey("bounce.host")) {
            return Optional.empty();
        }
        return Optional.of(new BounceMailboxSettings(values.get("bounce.host"), Integer.parseInt(values.get("bounce.port")),
                TlsMode.valueOf(values.get("bounce.tls")), values.get("bounce.username"), values.get(PASSWORD),
                values.get("bounce.folder")));
    }
}
