package de.debitum.ui.client;

import com.fasterxml.jackson.core.type.TypeReference;
import de.debitum.ui.client.DunningModel.Block;
import de.debitum.ui.client.DunningModel.BlockPage;
import de.debitum.ui.client.DunningModel.NewBlock;
import de.debitum.ui.client.DunningModel.Notice;
import de.debitum.ui.client.DunningModel.NoticePage;
import de.debitum.ui.client.DunningModel.Policy;
import de.debitum.ui.client.DunningModel.RunResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed calls of the hub's dunning endpoints for one signed-in user. Like {@link HubApi}, each call
 * sends the user's token and language, and a 401 renews the token once.
 */
public final class DunningApi {

    private final HubClient client;
    private final TokenSource tokens;
    private final Supplier<Locale> locale;

    public DunningApi(HubClient client, TokenSource tokens, Supplier<Locale> locale) {
        this.client = client;
        this.tokens = tokens;
        this.locale = locale;
    }

    public RunResult preview(String tenant) {
        return call(token -> client.get(path(tenant, "preview"), Map.of(), token, locale.get(),
                new TypeReference<RunResult>() { }));
    }

    public RunResult run(String tenant) {
        return call(token -> client.postJson(path(tenant, "runs"), null, token, locale.get(),
                new TypeReference<RunResult>() { }));
    }

    /** Lists notices in a status such as {@code awaiting_approval}, at most {@code size} (1 to 500). */
    public NoticePage notices(String tenant, String state, int size) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("state", state);
        query.put("size", size);
        return call(token -> client.get(path(tenant, "notices"), query, token, locale.get(),
                new TypeReference<NoticePage>() { }));
    }

    public Notice approve(String tenant, long noticeId) {
        return call(token -> client.postJson(path(tenant, "notices/" + noticeId + "/approve"), null, token,
                locale.get(), new TypeReference<Notice>() { }));
    }

    public Notice postpone(String tenant, long noticeId, LocalDate until) {
        return call(token -> client.postJson(path(tenant, "notices/" + noticeId + "/postpone"),
                Map.of("until", until.toString()), token, locale.get(), new TypeReference<Notice>() { }));
    }

    public Notice cancel(String tenant, long noticeId, String reason) {
        return call(token -> client.postJson(path(tenant, "notices/" + noticeId + "/cancel"), Map.of("reason", reason),
                token, locale.get(), new TypeReference<Notice>() { }));
    }

    public BlockPage blocks(String tenant, int size) {
        return call(token -> client.get(path(tenant, "blocks"), Map.of("size", size), token, locale.get(),
                new TypeReference<BlockPage>() { }));
    }

    public Block addBlock(String tenant, NewBlock block) {
        return call(token -> client.postJson(path(tenant, "blocks"), block, token, locale.get(),
                new TypeReference<Block>() { }));
    }

    public Block endBlock(String tenant, long blockId) {
        return call(token -> client.postJson(path(tenant, "blocks/" + blockId + "/end"), null, token, locale.get(),
                new TypeReference<Block>() { }));
    }

    public Policy policy(String tenant) {
        return call(token -> client.get(path(tenant, "policy"), Map.of(), token, locale.get(),
                new TypeReference<Policy>() { }));
    }

    public Policy savePolicy(String tenant, Policy policy) {
        return call(token -> client.putJson(path(tenant, "policy"), policy, token, locale.get(),
                new TypeReference<Policy>() { }));
    }

    private <T> T call(Function<String, T> request) {
        return HubApi.call(tokens, request);
    }

    private static String path(String tenant, String rest) {
        return "tenants/" + HubClient.encode(tenant) + "/dunning/" + rest;
    }
}
