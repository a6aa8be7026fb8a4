package de.debitum.ui.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests to the hub's HTTP API under {@code /api/v1} and turns error responses into
 * {@link HubException}s carrying the hub's code and message. Thread-safe; one instance serves
 * every user, the token and language travel with each call.
 */
public final class HubClient {

    private static final Logger LOG = LoggerFactory.getLogger(HubClient.class);

    /** Bound on a response body the UI reads into memory; the largest page of 500 items stays far below. */
    static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    private final URI apiBase;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final ObjectMapper json;

    public HubClient(URI hubUrl, Duration connectTimeout, Duration requestTimeout) {
        String base = hubUrl.toString();
        this.apiBase = URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/");
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Returns the hub's base address as configured, for messages. */
    public URI hubUrl() {
        return apiBase.resolve("../..");
    }

    /** Exchanges a user name and password for a token; 401 when they are wrong. */
    public Model.TokenResponse requestToken(String user, String password, Locale locale) {
        Map<String, String> body = Map.of("user", user, "password", password);
        return send("POST", "auth/token", Map.of(), null, locale, jsonBody(body), "application/json",
                new TypeReference<Model.TokenResponse>() { });
    }

    /** Exchanges a refresh token for a new token and refresh token; 401 when it expired or the user was disabled. */
    public Model.TokenResponse refreshToken(String refreshToken, Locale locale) {
        return send("POST", "auth/refresh", Map.of(), null, locale, jsonBody(Map.of("refreshToken", refreshToken)),
                "application/json", new TypeReference<Model.TokenResponse>() { });
    }

    <T> T get(String path, Map<String, ?> query, String token, Locale locale, TypeReference<T> type) {
        return send("GET", path, query, token, locale, HttpRequest.BodyPublishers.noBody(), null, type);
    }

    <T> T postJson(String path, Object body, String token, Locale locale, TypeReference<T> type) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : jsonBody(body);
        return send("POST", path, Map.of(), token, locale, publisher, body == null ? null : "application/json", type);
    }

    <T> T putJson(String path, Object body, String token, Locale locale, TypeReference<T> type) {
        return send("PUT", path, Map.of(), token, locale, jsonBody(body), "application/json", type);
    }

    <T> T postBytes(String path, Map<String, ?> query, byte[] content, String token, Locale locale,
            TypeReference<T> type) {
        return send("POST", path, query, token, locale, HttpRequest.BodyPublishers.ofByteArray(content),
                "application/octet-stream", type);
    }

    <T> T putBytes(String path, byte[] content, String contentType, String token, Locale locale,
            TypeReference<T> type) {
        return send("PUT", path, Map.of(), token, locale, HttpRequest.BodyPublishers.ofByteArray(content), contentType,
                type);
    }

    /**
     * A file the hub sends for saving, with its body still unread.
     *
     * @param length the body's length in bytes, or -1 when the hub sent none
     */
    public record Download(InputStream content, long length, String contentType) {
    }

    /**
     * Requests a file and returns its body as a stream, so a large file is never held in memory.
     * The caller closes the stream. An error status becomes a {@link HubException}.
     */
    Download download(String path, String token, Locale locale) {
        URI uri = apiBase.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept-Language", locale.getLanguage())
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            LOG.warn("Hub download {} timed out after {}", uri.getPath(), requestTimeout);
            throw new HubException("timeout", "timeout", e);
        } catch (IOException e) {
            LOG.warn("Hub download {} failed: {}", uri.getPath(), e.toString());
            throw new HubException("unreachable", "unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted", "interrupted", e);
        }
        if (response.statusCode() >= 400) {
            byte[] content;
            try (InputStream body = response.body()) {
                content = body.readNBytes(MAX_RESPONSE_BYTES);
            } catch (IOException e) {
                content = null;
            }
            throw error("GET", uri, response.statusCode(), content);
        }
        return new Download(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1),
                response.headers().firstValue("Content-Type").orElse("application/octet-stream"));
    }

    void delete(String path, String token, Locale locale) {
        send("DELETE", path, Map.of(), token, locale, HttpRequest.BodyPublishers.noBody(), null, null);
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write request body as JSON: " + body.getClass(), e);
        }
    }

    private <T> T send(String method, String path, Map<String, ?> query, String token, Locale locale,
            HttpRequest.BodyPublisher body, String contentType, TypeReference<T> type) {
        URI uri = apiBase.resolve(path + queryString(query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Accept-Language", locale.getLanguage())
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }

        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.warn("Hub call {} {} timed out after {}", method, uri.getPath(), requestTimeout);
            throw new HubException("timeout", "timeout", e);
        } catch (ConnectException e) {
            LOG.warn("Hub at {} is not reachable: {}", hubUrl(), e.toString());
            throw new HubException("unreachable", "unreachable", e);
        } catch (IOException e) {
            LOG.warn("Hub call {} {} failed: {}", method, uri.getPath(), e.toString());
            throw new HubException("unreachable", "unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted", "interrupted", e);
        }

        byte[] content = response.body();
        if (content != null && content.length > MAX_RESPONSE_BYTES) {
            throw new HubException(response.statusCode(), "response_too_large",
                    "Response of " + method + " " + uri.getPath() + " exceeds " + MAX_RESPONSE_BYTES + " bytes");
        }
        if (response.statusCode() >= 400) {
            throw error(method, uri, response.statusCode(), content);
        }
        if (type == null || content == null || content.length == 0) {
            return null;
        }
        try {
            return json.readValue(content, type);
        } catch (IOException e) {
            LOG.warn("Hub call {} {} returned JSON the UI cannot read: {}", method, uri.getPath(), e.toString());
            throw new HubException(response.statusCode(), "invalid_response", "invalid_response");
        }
    }

    /** Builds the exception for an error response, taking code and message from the hub's JSON. */
    private HubException error(String method, URI uri, int status, byte[] content) {
        String code = "http_" + status;
        String message = null;
        try {
            JsonNode node = content == null || content.length == 0 ? null : json.readTree(content);
            if (node != null && node.hasNonNull("code")) {
                code = node.get("code").asText();
            }
            if (node != null && node.hasNonNull("message")) {
                message = node.get("message").asText();
            }
        } catch (IOException e) {
            LOG.debug("Error response of {} {} is not JSON; using the status alone", method, uri.getPath(), e);
        }
        if (status >= 500) {
            LOG.warn("Hub call {} {} failed with {} {}: {}", method, uri.getPath(), status, code, message);
        } else {
            LOG.debug("Hub call {} {} returned {} {}: {}", method, uri.getPath(), status, code, message);
        }
        return new HubException(status, code, message != null ? message : code);
    }

    static String queryString(Map<String, ?> query) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((key, value) -> {
            if (value != null) {
                joined.add(encode(key) + "=" + encode(value.toString()));
            }
        });
        return joined.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
