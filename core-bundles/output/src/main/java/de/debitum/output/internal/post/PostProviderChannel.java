package de.debitum.output.internal.post;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.debitum.api.output.OutboxChannel;
import de.debitum.api.output.OutboxEntry;
import de.debitum.output.PostSettings;
import de.debitum.output.internal.delivery.DeliveryChannel;
import de.debitum.output.internal.delivery.DeliveryFailure;

/**
 * Hands a letter to a print-and-mail provider over HTTP. The requests follow Pingen's API v2 as
 * its JavaScript SDK ({@code pingen2-sdk-js}) sends them:
 * <ol>
 * <li>{@code POST <token URL>} with the OAuth client-credentials grant, form-encoded;</li>
 * <li>{@code GET <api>/file-upload} returns a signed upload URL and its signature;</li>
 * <li>{@code PUT <upload URL>} with the PDF;</li>
 * <li>{@code POST <api>/organisations/<id>/deliveries/letters} creates the letter as a JSON:API
 * document with {@code auto_send=true}, the address read from the PDF's window position.</li>
 * </ol>
 * The provider's letter id becomes the message id. The SDK sends an {@code Idempotency-Key} header
 * with each POST; here it is made from the outbox entry, so a repeated create carries the same key.
 *
 * <p>A created letter counts as sent; {@link PostStatusReader} reads the provider's later letter
 * states back. NOTE: a token is fetched for every letter.
 */
public final class PostProviderChannel implements DeliveryChannel {

    private static final String JSON_API = "application/vnd.api+json";

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public PostProviderChannel(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.POST;
    }

    @Override
    public String send(OutboxEntry entry, byte[] pdf, Map<String, String> stored) throws DeliveryFailure {
        PostSettings settings = PostSettingsCodec.decode(stored).orElseThrow(() -> DeliveryFailure.permanent(
                "Für den Mandanten ist kein Postdienstleister eingerichtet. Bitte die Post-Einstellungen speichern und den Versand wiederholen.",
                "No post provider is set up for the tenant. Save the post settings and retry the delivery.", null));
        String token = accessToken(settings);

        JsonNode upload = call("file upload", HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/file-upload"))
                .header("Authorization", "Bearer " + token).header("Accept", JSON_API).GET(), 200);
        String uploadUrl = upload.path("data").path("attributes").path("url").asText("");
        String signature = upload.path("data").path("attributes").path("url_signature").asText("");
        if (!uploadUrl.startsWith("https://") && !uploadUrl.startsWith("http://") || signature.isEmpty()) {
            throw DeliveryFailure.transientFailure("Der Postdienstleister hat keine Upload-Adresse geliefert.",
                    "The post provider returned no upload URL.", null);
        }
        send("PDF upload", HttpRequest.newBuilder(URI.create(uploadUrl)).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)), 200);

        JsonNode created = call("letter creation", HttpRequest.newBuilder(URI.create(settings.apiUrl()
                        + "/organisations/" + encode(settings.organisationId()) + "/deliveries/letters"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", JSON_API)
                .header("Accept", JSON_API)
                .header("Idempotency-Key", "debitum-" + entry.tenant() + "-" + entry.id())
                .POST(HttpRequest.BodyPublishers.ofString(letter(entry, settings, uploadUrl, signature))), 201);
        String letterId = created.path("data").path("id").asText("");
        if (letterId.isEmpty()) {
            throw DeliveryFailure.permanent("Der Postdienstleister hat den Brief ohne ID angenommen; bitte im Kundenkonto prüfen.",
                    "The post provider accepted the letter without an id; check the provider account.", null);
        }
        return letterId;
    }

    private String letter(OutboxEntry entry, PostSettings settings, String uploadUrl, String signature) {
        ObjectNode document = json.createObjectNode();
        ObjectNode data = document.putObject("data");
        data.put("type", "letters");
        ObjectNode attributes = data.putObject("attributes");
        attributes.put("file_original_name", entry.fileName());
        attributes.put("file_url", uploadUrl);
        attributes.put("file_url_signature", signature);
        // DIN 5008 form B puts the address window on the left.
        attributes.put("address_position", "left");
        attributes.put("auto_send", true);
        attributes.put("delivery_product", settings.deliveryProduct());
        attributes.put("print_mode", "simplex");
        attributes.put("print_spectrum", settings.printSpectrum());
        return document.toString();
    }

    /**
     * Returns the provider's letter resource: {@code GET <api>/organisations/<id>/deliveries/letters/<letter id>}.
     *
     * @param token an access token from {@link #accessToken}
     */
    JsonNode letter(PostSettings settings, String token, String letterId) throws DeliveryFailure {
        return call("letter status", HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/organisations/"
                        + encode(settings.organisationId()) + "/deliveries/letters/" + encode(letterId)))
                .header("Authorization", "Bearer " + token).header("Accept", JSON_API).GET(), 200);
    }

    String accessToken(PostSettings settings) throws DeliveryFailure {
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(settings.clientSecret() == null ? "" : settings.clientSecret());
        JsonNode token = call("login", HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        String value = token.path("access_token").asText("");
        if (value.isEmpty()) {
            throw DeliveryFailure.permanent("Der Postdienstleister hat kein Zugriffstoken geliefert. Bitte Client-ID und Secret prüfen.",
                    "The post provider returned no access token. Check client id and secret.", null);
        }
        return value;
    }

    private JsonNode call(String step, HttpRequest.Builder request, int expected) throws DeliveryFailure {
        String body = send(step, request, expected);
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure("Der Postdienstleister hat bei Schritt '" + step + "' kein gültiges JSON geliefert.",
                    "The post provider returned invalid JSON at step '" + step + "'.", e);
        }
    }

    private String send(String step, HttpRequest.Builder request, int expected) throws DeliveryFailure {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure("Der Postdienstleister ist bei Schritt '" + step + "' nicht erreichbar: " + e,
                    "The post provider cannot be reached at step '" + step + "': " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.transientFailure("Versand unterbrochen.", "Delivery interrupted.", e);
        }
        int status = response.statusCode();
        if (status == expected || status / 100 == 2 && expected / 100 == 2) {
            return response.body();
        }
        String detail = errorDetail(response.body());
        if (status == 429 || status >= 500) {
            throw DeliveryFailure.transientFailure("Der Postdienstleister antwortet bei Schritt '" + step + "' mit HTTP " + status + detail,
                    "The post provider answered step '" + step + "' with HTTP " + status + detail, null);
        }
        String hint = status == 401 || status == 403 ? " Bitte Client-ID, Secret und Organisations-ID prüfen." : "";
        String englishHint = status == 401 || status == 403 ? " Check client id, secret and organisation id." : "";
        throw DeliveryFailure.permanent("Der Postdienstleister lehnt Schritt '" + step + "' ab: HTTP " + status + detail + hint,
                "The post provider rejected step '" + step + "': HTTP " + status + detail + englishHint, null);
    }

    /** Returns the first JSON:API error's detail, or an empty string. */
    private String errorDetail(String body) {
        try {
            JsonNode error = json.readTree(body == null ? "" : body).path("errors").path(0);
            String detail = error.path("detail").asText(error.path("title").asText(""));
            if (detail.isEmpty()) {
                return "";
            }
            return " (" + (detail.length() > 200 ? detail.substring(0, 200) : detail) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
