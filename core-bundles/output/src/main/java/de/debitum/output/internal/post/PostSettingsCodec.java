package de.debitum.output.internal.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import de.debitum.output.OutputException;
import de.debitum.output.PostSettings;

/** Checks post provider settings and turns them into the values stored per tenant, and back. */
public final class PostSettingsCodec {

    /** The stored key of the client secret, which is kept encrypted. */
    public static final String CLIENT_SECRET = "clientSecret";

    private PostSettingsCodec() {
    }

    /** Checks the settings and returns the values to store, the secret still in plain text. */
    public static Map<String, String> encode(PostSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("apiUrl", url("API-URL", "API URL", settings.apiUrl()));
        values.put("tokenUrl", url("Token-URL", "token URL", settings.tokenUrl()));
        values.put("clientId", required("Client-ID", "client id", settings.clientId(), 200));
        if (settings.clientSecret() != null) {
            values.put(CLIENT_SECRET, required("Client-Secret", "client secret", settings.clientSecret(), 500));
        }
        values.put("organisationId", required("Organisations-ID", "organisation id", settings.organisationId(), 100));
        values.put("deliveryProduct", token("Versandprodukt", "delivery product", settings.deliveryProduct()));
        values.put("printSpectrum", token("Druckfarbe", "print spectrum", settings.printSpectrum()));
        return values;
    }

    /** Reads stored values with the secret decrypted; empty when the tenant saved none. */
    public static Optional<PostSettings> decode(Map<String, String> values) {
        if (!values.containsKey("apiUrl")) {
            return Optional.empty();
        }
        return Optional.of(new PostSettings(values.get("apiUrl"), values.get("tokenUrl"), values.get("clientId"),
                values.get(CLIENT_SECRET), values.get("organisationId"), values.get("deliveryProduct"),
                values.get("printSpectrum")));
    }

    private static String url(String germanName, String englishName, String value) {
        try {
            URI uri = new URI(value == null ? "" : value.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || value.length() > 500) {
                throw new URISyntaxException(String.valueOf(value), "not an http or https URL");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (URISyntaxException e) {
            throw new OutputException("Ungültige " + germanName + " '" + value + "'. Bitte eine https-Adresse angeben.",
                    "Invalid " + englishName + " '" + value + "'. Give an https URL.");
        }
    }

    private static String required(String germanName, String englishName, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new OutputException(germanName + " fehlt oder ist länger als " + max + " Zeichen.",
                    "The " + englishName + " is missing or longer than " + max + " characters.");
        }
        return value.strip();
    }

    private static String token(String germanName, String englishName, String value) {
        if (value == null || !value.matches("[a-z_]{1,30}")) {
            throw new OutputException("Ungültiger Wert '" + value + "' für " + germanName + ". Bitte den Wert des Anbieters angeben, etwa cheap oder color.",
                    "Invalid " + englishName + " '" + value + "'. Give the provider's value, such as cheap or color.");
        }
        return value;
    }
}
