package de.debitum.rest.internal.resources;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.auth.TokenService;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** {@code POST /auth/token}: a token for a user and password or for an API key. */
public final class AuthResource {

    private final ApiServices services;

    public AuthResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.addWithBody("POST", "/auth/token", Access.PUBLIC, 200,
                "Get a bearer token for {user, password} or {apiKey}; it expires after 15 minutes", this::token);
    }

    private Object token(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        String apiKey = Json.optionalText(body, "apiKey", 100);
        Principal principal;
        if (apiKey != null) {
            principal = services.authenticator().loginWithKey(apiKey);
        } else {
            String user = Json.optionalText(body, "user", 64);
            String password = Json.optionalText(body, "password", 200);
            if (user == null || password == null) {
                throw ApiException.badRequest(
                        "Bitte 'user' und 'password' oder 'apiKey' senden.",
                        "Send 'user' and 'password', or 'apiKey'.");
            }
            principal = services.authenticator().login(user, password);
        }
        TokenService tokens = services.authenticator().tokens();
        String token = tokens.issue(principal);
        return Json.object("token", token, "tokenType", "Bearer", "expiresIn", TokenService.LIFETIME.toSeconds(),
                "expiresAt", tokens.expiryOfNewToken().toString());
    }
}
