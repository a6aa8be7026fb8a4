package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.ApiKey;
import de.debitum.api.auth.Role;
import de.debitum.api.auth.UserAccount;
import de.debitum.api.model.TenantId;
import de.debitum.api.query.Page;
import de.debitum.rest.internal.auth.ApiKeys;
import de.debitum.rest.internal.auth.PasswordHasher;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/** Users and API keys of a tenant. */
public final class AccountResource {

    private final ApiServices services;

    public AccountResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/users", Access.TENANT_ADMIN, 200, "List the tenant's users", this::users,
                "page", "0-based page", "size", "page size, 1 to 500");
        router.addWithBody("POST", "/tenants/{t}/users", Access.TENANT_ADMIN, 201,
                "Create a user from {name, password, role, language}", this::createUser);
        router.add("POST", "/tenants/{t}/users/{name}/disable", Access.TENANT_ADMIN, 200, "Disable a user",
                this::disableUser);
        router.add("GET", "/tenants/{t}/api-keys", Access.TENANT_ADMIN, 200, "List the tenant's API keys", this::keys);
        router.addWithBody("POST", "/tenants/{t}/api-keys", Access.TENANT_ADMIN, 201,
                "Create an API key from {label, role}; the key is shown once", this::createKey);
        router.add("DELETE", "/tenants/{t}/api-keys/{id}", Access.TENANT_ADMIN, 204, "Revoke an API key", this::revokeKey);
    }

    private Object users(ApiRequest request) {
        TenantId tenant = request.tenant();
        int page = request.page();
        int size = request.size();
        long offset = Page.offset(page, size);
        List<UserAccount> items = offset > Integer.MAX_VALUE ? List.of()
                : services.users().list(tenant, (int) offset, size);
        return Json.page(new Page<>(items, page, size, services.users().count(tenant)), AccountResource::view);
    }

    private Object createUser(ApiRequest request) throws Exception {
        TenantId tenant = request.tenant();
        JsonNode body = request.json();
        String name = Json.requiredText(body, "name", 64);
        String password = Json.requiredText(body, "password", 200);
        Role role = tenantRole(Json.optionalText(body, "role", 20));
        String language = Json.optionalText(body, "language", 2);

        if (language != null && !language.equals("de") && !language.equals("en")) {
            throw ApiException.badRequest("Ungültige Sprache '" + language + "': de oder en.",
                    "Invalid language '" + language + "': use de or en.");
        }
        if (!UserAccount.isValidName(name)) {
            throw ApiException.badRequest("Ungültiger Benutzername '" + name + "': erlaubt sind 2 bis 64 Kleinbuchstaben,"
                    + " Ziffern, Punkte, Bindestriche, Unterstriche oder @.", "Invalid user name '" + name
                    + "': use 2 to 64 lower-case letters, digits, dots, hyphens, underscores or @.");
        }
        String problem = PasswordHasher.problem(password);
        if (problem != null) {
            throw ApiException.badRequest("Das Passwort muss mindestens " + PasswordHasher.MIN_PASSWORD_LENGTH
                    + " Zeichen und höchstens " + PasswordHasher.MAX_PASSWORD_BYTES + " Bytes lang sein.",
                    "The password must have at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters and at most "
                            + PasswordHasher.MAX_PASSWORD_BYTES + " bytes.");
        }

        if (services.users().find(name).isPresent()) {
            throw ApiException.conflict("Den Benutzernamen '" + name + "' gibt es schon. Bitte einen anderen wählen.",
                    "User name '" + name + "' is taken. Choose another name.");
        }
        UserAccount user = new UserAccount(name, role, tenant, language, services.hasher().hash(password), true,
                services.clock().instant());
        try {
            return view(services.users().create(user));
        } catch (IllegalStateException e) {
            // Another request took the name between the check and the insert.
            throw ApiException.conflict("Den Benutzernamen '" + name + "' gibt es schon. Bitte einen anderen wählen.",
                    "User name '" + name + "' is taken. Choose another name.");
        }
    }

    private Object disableUser(ApiRequest request) {
        String name = request.path("name");
        if (name.equals(request.principal().name()) && request.principal().apiKeyId() == null) {
            throw ApiException.badRequest("Sie können sich nicht selbst sperren.", "You cannot disable yourself.");
        }
        return services.users().setEnabled(request.tenant(), name, false).map(AccountResource::view)
                .orElseThrow(() -> ApiException.notFound("Benutzer '" + name + "' nicht gefunden.",
                        "User '" + name + "' not found."));
    }

    private Object keys(ApiRequest request) {
        List<Object> result = new ArrayList<>();
        for (ApiKey key : services.apiKeys().list(request.tenant())) {
            result.add(view(key));
        }
        return result;
    }

    private Object createKey(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        String label = Json.requiredText(body, "label", 100);
        Role role = tenantRole(Json.optionalText(body, "role", 20));
        String key = ApiKeys.generate();
        ApiKey stored = services.apiKeys().create(new ApiKey(0, request.tenant(), ApiKeys.shownPart(key), label, role,
                ApiKeys.hash(key), services.clock().instant(), null));
        Map<String, Object> view = view(stored);
        view.put("key", key);
        return view;
    }

    private Object revokeKey(ApiRequest request) {
        long id = request.pathId("id");
        if (!services.apiKeys().revoke(request.tenant(), id)) {
            throw ApiException.notFound("API-Schlüssel " + id + " nicht gefunden.", "API key " + id + " not found.");
        }
        return null;
    }

    /** Returns the role for a user or key of a tenant, clerk by default; operators are not made here. */
    private static Role tenantRole(String value) {
        if (value == null) {
            return Role.CLERK;
        }
        Role role = Role.fromValue(value).orElse(null);
        if (role == null || role == Role.OPERATOR) {
            throw ApiException.badRequest("Ungültige Rolle '" + value + "': tenant-admin oder clerk.",
                    "Invalid role '" + value + "': use tenant-admin or clerk.");
        }
        return role;
    }

    static Map<String, Object> view(UserAccount user) {
        return Json.object("name", user.name(), "role", user.role().value(),
                "tenant", user.tenant() == null ? null : user.tenant().value(), "language", user.language(),
                "enabled", user.enabled(), "createdAt", user.createdAt().toString());
    }

    static Map<String, Object> view(ApiKey key) {
        return Json.object("id", key.id(), "prefix", key.prefix(), "label", key.label(), "role", key.role().value(),
                "createdAt", key.createdAt().toString(),
                "revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
    }
}
