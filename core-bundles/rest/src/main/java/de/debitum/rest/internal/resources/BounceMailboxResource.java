package de.debitum.rest.internal.resources;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.output.BounceMailboxSettings;
import de.debitum.output.DeliveryFeedback;
import de.debitum.output.OutputException;
import de.debitum.output.SavedBounceMailbox;
import de.debitum.output.TlsMode;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The tenant's bounce mailbox: the IMAP account whose bounces mark sent e-mails as failed, as the
 * shell's {@code debitum:output-bounces} sets it. The password is write-only: responses state only
 * whether one is saved.
 */
public final class BounceMailboxResource {

    private static final String PATH = "/tenants/{t}/output/bounce-mailbox";
    private static final Set<String> FIELDS = Set.of("host", "port", "tls", "username", "password", "folder");

    private final DeliveryFeedback feedback;

    public BounceMailboxResource(DeliveryFeedback feedback) {
        this.feedback = feedback;
    }

    public void register(Router router) {
        router.add("GET", PATH, Access.TENANT_ADMIN, 200,
                "The bounce mailbox (IMAP) without its password, or configured false", this::get);
        router.addWithBody("PUT", PATH, Access.TENANT_ADMIN, 200,
                "Save the bounce mailbox; without a password the saved one stays", this::put);
        router.add("DELETE", PATH, Access.TENANT_ADMIN, 200,
                "Delete the bounce mailbox with its password; bounces are no longer read", this::delete);
    }

    private Object get(ApiRequest request) {
        return view(feedback.bounceMailbox(request.tenant()).orElse(null));
    }

    private Object put(ApiRequest request) throws Exception {
        BounceMailboxSettings settings = settings(request.json());
        try {
            feedback.configureBounceMailbox(request.tenant(), settings);
        } catch (OutputException e) {
            throw ApiException.badRequest(e.germanMessage(), e.getMessage());
        }
        return view(feedback.bounceMailbox(request.tenant()).orElse(null));
    }

    private Object delete(ApiRequest request) {
        feedback.clearBounceMailbox(request.tenant());
        return view(null);
    }

    /** Reads the request body; the output bundle checks the values' content when it saves them. */
    static BounceMailboxSettings settings(JsonNode body) {
        if (!body.isObject()) {
            throw ApiException.badRequest("Der Inhalt muss ein JSON-Objekt mit host, port, tls, username, password und"
                    + " folder sein.", "The body must be a JSON object with host, port, tls, username, password and folder.");
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                String shown = name.length() > 60 ? name.substring(0, 60) + "..." : name;
                throw ApiException.badRequest("Unbekanntes Feld '" + shown + "'. Erlaubt sind host, port, tls, username,"
                        + " password und folder.", "Unknown field '" + shown + "'. Use host, port, tls, username, password"
                        + " and folder.");
            }
        }
        JsonNode port = body.get("port");
        if (port == null || !port.canConvertToInt() || !port.isIntegralNumber()) {
            throw ApiException.badRequest("Das Feld 'port' fehlt oder ist keine ganze Zahl. Üblich sind 993 (TLS) und 143"
                    + " (STARTTLS).", "The field 'port' is missing or not a whole number. Usual are 993 (TLS) and 143"
                    + " (STARTTLS).");
        }
        return new BounceMailboxSettings(Json.requiredText(body, "host", 253), port.intValue(),
                tls(Json.optionalText(body, "tls", 20)), Json.requiredText(body, "username", 200),
                Json.optionalText(body, "password", 500), Json.optionalText(body, "folder", 200));
    }

    private static TlsMode tls(String value) {
        if (value == null) {
            return TlsMode.TLS;
        }
        try {
            return TlsMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Ungültiger Wert '" + value + "' für 'tls'. Erlaubt sind TLS, STARTTLS und NONE.",
                    "Invalid value '" + value + "' for 'tls'. Use TLS, STARTTLS or NONE.");
        }
    }

    static Map<String, Object> view(SavedBounceMailbox saved) {
        if (saved == null) {
            return Json.object("configured", false);
        }
        BounceMailboxSettings settings = saved.settings();
        return Json.object("configured", true, "host", settings.host(), "port", settings.port(),
                "tls", settings.tls().name(), "username", settings.username(), "folder", settings.folder(),
                "passwordSaved", saved.passwordSaved());
    }
}
