package de.debitum.rest.internal.resources;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.ledger.LedgerService;
import de.debitum.ledger.LedgerSettingsChanges;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The tenant's ledger and DATEV settings. A PUT changes the fields it names and keeps the others;
 * it goes through {@link LedgerSettingsChanges}, as the shell's {@code debitum:ledger-settings} does.
 */
public final class LedgerSettingsResource {

    /** Maximum number of entries of {@code accounts} or {@code bankAccounts} per request. */
    static final int MAX_MAP_ENTRIES = 100;

    /** JSON field and the key of {@link LedgerSettingsChanges} it maps to. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("chart", "chart"),
            Map.entry("consultantNumber", "consultant"), Map.entry("clientNumber", "client"),
            Map.entry("fiscalYearStartMonth", "fiscal-year-start-month"), Map.entry("accountLength", "account-length"),
            Map.entry("debtorAccountFrom", "debtor-from"), Map.entry("debtorAccountTo", "debtor-to"),
            Map.entry("debtorAccountRule", "debtor-rule"), Map.entry("returnFeeToDebtor", "return-fee-to-debtor"),
            Map.entry("lockOnImport", "lock-on-import"));

    private final LedgerService ledger;

    public LedgerSettingsResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/ledger/settings", Access.TENANT_READ, 200,
                "Ledger and DATEV settings: chart, DATEV numbers, account length, debtor range, accounts", this::get);
        router.addWithBody("PUT", "/tenants/{t}/ledger/settings", Access.TENANT_ADMIN, 200,
                "Change the named ledger settings; fields not given stay", this::put);
    }

    private Object get(ApiRequest request) {
        return view(ledger.settings(request.tenant()));
    }

    private Object put(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        List<String> changes = changes(body);
        LedgerSettings changed = LedgerSettingsChanges.apply(ledger.settings(request.tenant()), changes);
        String actor = request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
        return view(ledger.saveSettings(changed, actor));
    }

    /** Turns the JSON body into the {@code key=value} changes of {@link LedgerSettingsChanges}; null resets a value. */
    static List<String> changes(JsonNode body) {
        List<String> changes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("accounts") || name.equals("bankAccounts")) {
                addMap(changes, name, value);
            } else if (FIELDS.containsKey(name)) {
                changes.add(FIELDS.get(name) + "=" + scalar(name, value));
            } else {
                throw ApiException.badRequest("Unbekanntes Feld '" + shorten(name) + "'. Erlaubt sind "
                        + String.join(", ", new TreeMap<>(FIELDS).keySet()) + ", accounts und bankAccounts.",
                        "Unknown field '" + shorten(name) + "'. Use " + String.join(", ", new TreeMap<>(FIELDS).keySet())
                                + ", accounts and bankAccounts.");
            }
        }
        return changes;
    }

    private static void addMap(List<String> changes, String name, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        if (!value.isObject() || value.size() > MAX_MAP_ENTRIES) {
            throw ApiException.badRequest("'" + name + "' muss ein JSON-Objekt mit höchstens " + MAX_MAP_ENTRIES
                            + " Einträgen sein, etwa {\"BANK\": 1200}.",
                    "'" + name + "' must be a JSON object of at most " + MAX_MAP_ENTRIES
                            + " entries, such as {\"BANK\": 1200}.");
        }
        String prefix = name.equals("accounts") ? "account." : "bank.";
        value.fields().forEachRemaining(entry -> changes.add(prefix + entry.getKey() + "="
                + scalar(name + "." + entry.getKey(), entry.getValue())));
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (!value.isValueNode()) {
            throw ApiException.badRequest("'" + shorten(name) + "' muss eine Zahl, ein Text oder true/false sein.",
                    "'" + shorten(name) + "' must be a number, a text or true/false.");
        }
        return shorten(value.asText());
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    static Map<String, Object> view(LedgerSettings settings) {
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (AccountRole role : AccountRole.values()) {
            accounts.put(role.name(), settings.account(role));
        }
        Map<String, Object> ownAccounts = new TreeMap<>();
        settings.accounts().forEach((role, account) -> ownAccounts.put(role.name(), account));
        return Json.object("chart", settings.chart().name(), "consultantNumber", settings.consultantNumber(),
                "clientNumber", settings.clientNumber(), "fiscalYearStartMonth", settings.fiscalYearStartMonth(),
                "accountLength", settings.accountLength(), "debtorAccountFrom", settings.debtorAccountFrom(),
                "debtorAccountTo", settings.debtorAccountTo(), "debtorAccountRule", settings.debtorAccountRule().name(),
                "returnFeeToDebtor", settings.returnFeeToDebtor(), "lockOnImport", settings.lockOnImport(),
                "accounts", accounts, "ownAccounts", ownAccounts, "bankAccounts", new TreeMap<>(settings.bankAccounts()));
    }
}
