package de.debitum.rest.internal.resources;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.auth.TokenService;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** {@code POST /auth/token} and {@code POST /auth/refresh}: tokens for a user and password, an API key or a refresh token. */
public final class AuthResource {

    private final ApiServices services;

    public AuthResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.addWithBody("POST", "/auth/token", Access.PUBLIC, 200,
                "Get a bearer token for {user, password} or {apiKey}; it expires after 15 minutes."
                + " A password sign-in also gets a refresh token", this::token);
        router.addWithBody("POST", "/auth/refresh", Access.PUBLIC, 200,
                "Get a new bearer token and refresh token for {refreshToken}, while the user is still enabled",
                this::refresh);
    }

    private Object token(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        String apiKey = Json.optionalText(body, "apiKey", 100);
        if (apiKey != null) {
            return tokens(services.authenticator().loginWithKey(apiKey));
        }
        String user = Json.optionalText(body, "user", 64);
        String password = Json.optionalText(body, "password", 200);
        if (user == null || password == null) {
            throw ApiException.badRequest(
                    "Bitte 'user' und 'password' oder 'apiKey' senden.",
                    "Send 'user' and 'password', or 'apiKey'.");
        }
        return tokensWithRefresh(services.authenticator().login(user, password));
    }

    private Object refresh(ApiRequest request) throws Exception {
        String refreshToken = Json.optionalText(request.json(), "refreshToken", 2048);
        if (refreshToken == null) {
            throw ApiException.badRequest("Bitte 'refreshToken' senden.", "Send 'refreshToken'.");
        }
        return tokensWithRefresh(services.authenticator().refresh(refreshToken));
    }

    private Map<String, Object> tokens(Principal principal) {
        TokenService tokens = services.authenticator().tokens();
        return Json.object("token", tokens.issue(principal), "tokenType", "Bearer",
                "expiresIn", TokenService.LIFETIME.toSeconds(), "expiresAt", tokens.expiryOfNewToken().toString());
    }

    private Map<String, Object> tokensWithRefresh(Principal principal) {
        TokenService tokens = services.authenticator().tokens();
        Map<String, Object> body = new LinkedHashMap<>(tokens(principal));
        body.put("refreshToken", tokens.issueRefresh(principal));
        body.put("refreshExpiresAt", tokens.expiryOfNewRefreshToken().toString());
        return body;
    }
}
