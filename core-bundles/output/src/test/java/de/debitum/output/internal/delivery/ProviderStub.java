package de.debitum.output.internal.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

import de.debitum.output.PostSettings;

/**
 * A WireMock stub of a print-and-mail provider on 127.0.0.1, following Pingen's API v2 as its
 * JavaScript SDK uses it: token and signed file upload. Tests stub the letter routes themselves.
 */
final class ProviderStub {

    static final String ORGANISATION = "9b4f2c1e-org";
    static final String LETTERS = "/organisations/" + ORGANISATION + "/deliveries/letters";

    private ProviderStub() {
    }

    /** Starts the stub with the token and upload routes. */
    static WireMockServer start() {
        WireMockServer provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        provider.start();
        provider.stubFor(post("/auth/access-tokens").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"Bearer\",\"access_token\":\"token-123\",\"expires_in\":43200}")));
        provider.stubFor(get("/file-upload").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.api+json")
                .withBody("{\"data\":{\"id\":\"u1\",\"type\":\"file_uploads\",\"attributes\":{\"url\":\""
                        + provider.baseUrl() + "/upload/abc\",\"url_signature\":\"sig-456\"}}}")));
        provider.stubFor(put("/upload/abc").willReturn(aResponse().withStatus(200)));
        return provider;
    }

    /** Returns the tenant's post settings for the stub. */
    static PostSettings settings(WireMockServer provider) {
        return new PostSettings(provider.baseUrl(), provider.baseUrl() + "/auth/access-tokens", "client-1",
                "secret-äöü", ORGANISATION, "cheap", "color");
    }
}
