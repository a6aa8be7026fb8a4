package de.debitum.ui.client;

import com.fasterxml.jackson.core.type.TypeReference;
import de.debitum.ui.client.Model.ApiKey;
import de.debitum.ui.client.Model.Confirmation;
import de.debitum.ui.client.Model.ConnectionTestResult;
import de.debitum.ui.client.Model.ConnectorConfig;
import de.debitum.ui.client.Model.ConnectorConfigRequest;
import de.debitum.ui.client.Model.ConnectorInstance;
import de.debitum.ui.client.Model.ConnectorType;
import de.debitum.ui.client.Model.Debtor;
import de.debitum.ui.client.Model.Document;
import de.debitum.ui.client.Model.DocumentDetail;
import de.debitum.ui.client.Model.ImportBatch;
import de.debitum.ui.client.Model.ImportDetail;
import de.debitum.ui.client.Model.ImportProgress;
import de.debitum.ui.client.Model.MatchSuggestion;
import de.debitum.ui.client.Model.Me;
import de.debitum.ui.client.Model.NewApiKey;
import de.debitum.ui.client.Model.NewUser;
import de.debitum.ui.client.Model.Overview;
import de.debitum.ui.client.Model.Payment;
import de.debitum.ui.client.Model.SuggestionPage;
import de.debitum.ui.client.Model.Tenant;
import de.debitum.ui.client.Model.UndoneDuplicate;
import de.debitum.ui.client.Model.UploadResult;
import de.debitum.ui.client.Model.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed calls of the hub's HTTP API for one signed-in user. Each call sends the user's token and
 * language. When the hub returns 401, the token is renewed once and the call repeated.
 */
public final class HubApi {

    /** Largest page size the API accepts. */
    public static final int MAX_PAGE_SIZE = 500;

    /** Largest page size of the matching suggestions. */
    public static final int MAX_SUGGESTION_PAGE = 200;

    private final HubClient client;
    private final TokenSource tokens;
    private final Supplier<Locale> locale;

    public HubApi(HubClient client, TokenSource tokens, Supplier<Locale> locale) {
        this.client = client;
        this.tokens = tokens;
        this.locale = locale;
    }

    /** Filters of the document list; null fields are not sent. {@code sort} takes a leading '-' for descending. */
    public record DocumentFilter(String status, Long debtor, String query, String sort) {

        public static DocumentFilter none() {
            return new DocumentFilter(null, null, null, null);
        }
    }

    public Me me() {
        return call(token -> client.get("me", Map.of(), token, locale.get(), new TypeReference<Me>() { }));
    }

    public Page<Tenant> tenants(int page, int size) {
        return call(token -> client.get("tenants", paging(page, size), token, locale.get(),
                new TypeReference<Page<Tenant>>() { }));
    }

    public Tenant tenant(String tenant) {
        return call(token -> client.get(tenantPath(tenant), Map.of(), token, locale.get(),
                new TypeReference<Tenant>() { }));
    }

    public Overview overview(String tenant) {
        return call(token -> client.get(tenantPath(tenant) + "/overview", Map.of(), token, locale.get(),
                new TypeReference<Overview>() { }));
    }

    public List<ConnectorType> connectorTypes() {
        return call(token -> client.get("connector-types", Map.of(), token, locale.get(),
                new TypeReference<List<ConnectorType>>() { }));
    }

    public List<ConnectorInstance> connectors(String tenant) {
        return call(token -> client.get(tenantPath(tenant) + "/connectors", Map.of(), token, locale.get(),
                new TypeReference<List<ConnectorInstance>>() { }));
    }

    public ConnectorConfig connectorConfig(String tenant, String instanceId) {
        return call(token -> client.get(connectorPath(tenant, instanceId) + "/config", Map.of(), token,
                locale.get(), new TypeReference<ConnectorConfig>() { }));
    }

    /** Creates or replaces an instance; a secret sent empty keeps its stored value. */
    public ConnectorConfig saveConnectorConfig(String tenant, String instanceId, ConnectorConfigRequest request) {
        return call(token -> client.putJson(connectorPath(tenant, instanceId) + "/config", request, token,
                locale.get(), new TypeReference<ConnectorConfig>() { }));
    }

    public ConnectorInstance enableConnector(String tenant, String instanceId) {
        return connectorAction(tenant, instanceId, "enable");
    }

    public ConnectorInstance disableConnector(String tenant, String instanceId) {
        return connectorAction(tenant, instanceId, "disable");
    }

    public ConnectionTestResult testConnector(String tenant, String instanceId) {
        return call(token -> client.postJson(connectorPath(tenant, instanceId) + "/test", null, token,
                locale.get(), new TypeReference<ConnectionTestResult>() { }));
    }

    /** Makes a running instance read its source now. The hub returns 409 when the instance is not running. */
    public ConnectorInstance runConnector(String tenant, String instanceId) {
        return connectorAction(tenant, instanceId, "run");
    }

    private ConnectorInstance connectorAction(String tenant, String instanceId, String action) {
        return call(token -> client.postJson(connectorPath(tenant, instanceId) + "/" + action, null, token,
                locale.get(), new TypeReference<ConnectorInstance>() { }));
    }

    public Page<Debtor> debtors(String tenant, String query, int page, int size) {
        Map<String, Object> params = paging(page, size);
        params.put("q", blankToNull(query));
        return call(token -> client.get(tenantPath(tenant) + "/debtors", params, token, locale.get(),
                new TypeReference<Page<Debtor>>() { }));
    }

    public Page<Document> documents(String tenant, DocumentFilter filter, int page, int size) {
        Map<String, Object> params = paging(page, size);
        params.put("status", blankToNull(filter.status()));
        params.put("debtor", filter.debtor());
        params.put("q", blankToNull(filter.query()));
        params.put("sort", blankToNull(filter.sort()));
        return call(token -> client.get(tenantPath(tenant) + "/documents", params, token, locale.get(),
                new TypeReference<Page<Document>>() { }));
    }

    public DocumentDetail document(String tenant, long documentId) {
        return call(token -> client.get(tenantPath(tenant) + "/documents/" + documentId, Map.of(), token,
                locale.get(), new TypeReference<DocumentDetail>() { }));
    }

    public Page<Payment> payments(String tenant, boolean unallocatedOnly, int page, int size) {
        Map<String, Object> params = paging(page, size);
        params.put("unallocated", unallocatedOnly ? "true" : null);
        return call(token -> client.get(tenantPath(tenant) + "/payments", params, token, locale.get(),
                new TypeReference<Page<Payment>>() { }));
    }

    /**
     * Undoes the duplicate decision of an import: the payment counts on its own and the next
     * matching run considers it. The hub returns 409 when the payment is no longer marked.
     */
    public UndoneDuplicate undoDuplicate(String tenant, long paymentId) {
        return call(token -> client.postJson(tenantPath(tenant) + "/payments/" + paymentId + "/undo-duplicate", null,
                token, locale.get(), new TypeReference<UndoneDuplicate>() { }));
    }

    /** Lists open matching suggestions; {@code size} from 1 to {@link #MAX_SUGGESTION_PAGE}. */
    public SuggestionPage suggestions(String tenant, int page, int size) {
        return call(token -> client.get(tenantPath(tenant) + "/matching/suggestions", paging(page, size), token,
                locale.get(), new TypeReference<SuggestionPage>() { }));
    }

    /** Confirms a suggestion: the hub stores its allocations and learns the payer. */
    public Confirmation confirmSuggestion(String tenant, long suggestionId) {
        return call(token -> client.postJson(tenantPath(tenant) + "/matching/suggestions/" + suggestionId + "/confirm",
                null, token, locale.get(), new TypeReference<Confirmation>() { }));
    }

    /** Rejects a suggestion: the hub does not propose it again. */
    public MatchSuggestion rejectSuggestion(String tenant, long suggestionId) {
        return call(token -> client.postJson(tenantPath(tenant) + "/matching/suggestions/" + suggestionId + "/reject",
                null, token, locale.get(), new TypeReference<MatchSuggestion>() { }));
    }

    public Page<ImportBatch> imports(String tenant, int page, int size) {
        return call(token -> client.get(tenantPath(tenant) + "/imports", paging(page, size), token, locale.get(),
                new TypeReference<Page<ImportBatch>>() { }));
    }

    /** Lists the tenant's unfinished import runs with the records stored and processed so far. */
    public List<ImportProgress> importProgress(String tenant) {
        return call(token -> client.get(tenantPath(tenant) + "/import-progress", Map.of(), token, locale.get(),
                new TypeReference<List<ImportProgress>>() { }));
    }

        public ImportDetail importDetail(String tenant, long batchId) {
        return call(token -> client.get(tenantPath(tenant) + "/imports/" + batchId, Map.of(), token,
                locale.get(), new TypeReference<ImportDetail>() { }));
    }

    /**
     * Hands a file to the tenant's enabled connector instance of {@code kind}
     * ({@code bank-statement}, {@code csv-invoices}, {@code csv-payments}, {@code einvoice}).
     */
    public UploadResult upload(String tenant, String kind, String fileName, byte[] content) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", kind);
        params.put("filename", blankToNull(fileName));
        return call(token -> client.postBytes(tenantPath(tenant) + "/uploads", params, content, token,
                locale.get(), new TypeReference<UploadResult>() { }));
    }

    public Page<User> users(String tenant, int page, int size) {
        return call(token -> client.get(tenantPath(tenant) + "/users", paging(page, size), token, locale.get(),
                new TypeReference<Page<User>>() { }));
    }

    public User createUser(String tenant, NewUser user) {
        return call(token -> client.postJson(tenantPath(tenant) + "/users", user, token, locale.get(),
                new TypeReference<User>() { }));
    }

    public User disableUser(String tenant, String name) {
        return call(token -> client.postJson(tenantPath(tenant) + "/users/" + HubClient.encode(name) + "/disable",
                null, token, locale.get(), new TypeReference<User>() { }));
    }

    /** Lists the tenant's API keys without the keys themselves; the hub sends this short list unpaginated. */
    public List<ApiKey> apiKeys(String tenant) {
        return call(token -> client.get(tenantPath(tenant) + "/api-keys", Map.of(), token, locale.get(),
                new TypeReference<List<ApiKey>>() { }));
    }

    /** Creates an API key; the returned {@code key} is shown once and cannot be fetched again. */
    public ApiKey createApiKey(String tenant, NewApiKey request) {
        return call(token -> client.postJson(tenantPath(tenant) + "/api-keys", request, token, locale.get(),
                new TypeReference<ApiKey>() { }));
    }

    public void revokeApiKey(String tenant, long keyId) {
        call(token -> {
            client.delete(tenantPath(tenant) + "/api-keys/" + keyId, token, locale.get());
            return null;
        });
    }

    /** Runs a request with the user's token, renewing the token once when the hub returns 401. */
    <T> T call(Function<String, T> request) {
        return call(tokens, request);
    }

    /** Sends a request with the current token, and once more with a renewed token after a 401. */
    static <T> T call(TokenSource tokens, Function<String, T> request) {
        try {
            return request.apply(tokens.token());
        } catch (HubException e) {
            if (!e.isUnauthorized()) {
                throw e;
            }
            return request.apply(tokens.renew());
        }
    }

    private static Map<String, Object> paging(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", page);
        params.put("size", size);
        return params;
    }

    private static String tenantPath(String tenant) {
        return "tenants/" + HubClient.encode(tenant);
    }

    private static String connectorPath(String tenant, String instanceId) {
        return tenantPath(tenant) + "/connectors/" + HubClient.encode(instanceId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
