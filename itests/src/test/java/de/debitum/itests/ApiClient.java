package de.debitum.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the hub's API inside the Pax Exam probe, with regex reads of JSON fields. */
final class ApiClient {

    /** Status, headers of interest and body of one response. */
    record Response(int status, String body, String retryAfter, String contentLanguage) {

        /** Returns a string field of the body's JSON, or null. */
        String text(String field) {
            Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }

        /** Returns a whole-number field of the body's JSON, or -1. */
        long number(String field) {
            Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\":(-?\\d+)").matcher(body);
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    Response get(String path, String token) throws IOException {
        return call("GET", path, token, null, null, null);
    }

    Response json(String method, String path, String token, String json) throws IOException {
        return call(method, path, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                json == null ? null : "application/json", null);
    }

    Response call(String method, String path, String token, byte[] body, String contentType, String acceptLanguage)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/api/v1" + path)
                .openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod(method);
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        if (acceptLanguage != null) {
            connection.setRequestProperty("Accept-Language", acceptLanguage);
        }
        if (body != null) {
            connection.setDoOutput(true);
            if (contentType != null) {
                connection.setRequestProperty("Content-Type", contentType);
            }
            // Streaming lets the hub reject a large body early, but in streaming mode the client
            // drops the body of a 401 with WWW-Authenticate, so small bodies are buffered.
            if (body.length > 16 * 1024) {
                connection.setFixedLengthStreamingMode(body.length);
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            } catch (IOException e) {
                // The hub may send 413 and close before it has read the whole body; the status follows.
            }
        }
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (stream != null) {
            try (stream) {
                stream.transferTo(bytes);
            }
        }
        return new Response(status, bytes.toString(StandardCharsets.UTF_8), connection.getHeaderField("Retry-After"),
                connection.getHeaderField("Content-Language"));
    }
}
