package de.debitum.rest.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.auth.Role;
import de.debitum.api.connector.ConnectorBundle;
import de.debitum.api.connector.ConnectorBundleService;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.connector.InstanceState;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.api.connector.LocalizedText;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.rest.internal.auth.Principal;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The bundle endpoints called through the route table. The framework side (install, update, KAR)
 * runs in ConnectorBundlesIT; here a fixed bundle list replaces it, so that the JSON form,
 * the instances per bundle and the status codes of a rollback are checked.
 */
class BundleResourceTest {

    private static final ConnectorTypeInfo SWAP_TYPE = new ConnectorTypeInfo("swap-files",
            LocalizedText.of("Tauschordner", "Swap folder"), "1.0.1", Set.of(), List.of(), "de.example.swap 1.0.1");
    private static final ConnectorBundle SWAP = new ConnectorBundle(42, "de.example.swap", "1.0.1", "ACTIVE",
            "debitum-upload:de.example.swap", List.of(SWAP_TYPE), "1.0.0");
    private static final ConnectorBundle BUILT_IN = new ConnectorBundle(7, "de.example.builtin", "2.0.0", "ACTIVE",
            "mvn:de.example/builtin/2.0.0", List.of());

    private final Router router = new Router();

    BundleResourceTest() {
        new BundleResource(new FixedBundles(), host(List.of(
                status("muster-gmbh", "muster-gmbh.swap", "swap-files", InstanceState.RUNNING),
                status("beispiel-ag", "beispiel-ag.swap", "swap-files", InstanceState.DISABLED),
                status("muster-gmbh", "muster-gmbh.csv", "csv", InstanceState.RUNNING)))).register(router);
    }

    @Test
    void listShowsInstancesAndPreviousVersion() throws Exception {
        JsonNode list = call("GET", "/bundles");

        JsonNode swap = list.get(0);
        assertThat(swap.get("symbolicName").asText()).isEqualTo("de.example.swap");
        assertThat(swap.get("previousVersion").asText()).isEqualTo("1.0.0");
        assertThat(swap.get("types").get(0).get("id").asText()).isEqualTo("swap-files");
        assertThat(swap.get("instances")).hasSize(2);
        assertThat(swap.get("instances").get(0).get("tenant").asText()).isEqualTo("muster-gmbh");
        assertThat(swap.get("instances").get(0).get("id").asText()).isEqualTo("muster-gmbh.swap");
        assertThat(swap.get("instances").get(1).get("state").asText()).isEqualTo("DISABLED");

        JsonNode builtIn = list.get(1);
        assertThat(builtIn.get("previousVersion").isNull()).isTrue();
        assertThat(builtIn.get("instances")).isEmpty();
    }

    @Test
    void rollbackReturnsInstalledBundles() throws Exception {
        JsonNode result = call("POST", "/bundles/42/rollback");

        assertThat(result.get(0).get("version").asText()).isEqualTo("1.0.0");
        assertThat(result.get(0).get("previousVersion").asText()).isEqualTo("1.0.1");
    }

    @Test
    void rollbackWithoutPreviousIsConflict() {
        assertThatThrownBy(() -> call("POST", "/bundles/7/rollback"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.text().de()).contains("de.example.builtin");
                });
    }

    @Test
    void rollbackOfUnknownBundleIsNotFound() {
        assertThatThrownBy(() -> call("POST", "/bundles/999/rollback")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rollbackRouteIsForOperators() {
        assertThat(router.find("POST", "/bundles/42/rollback").route().access().name()).isEqualTo("OPERATOR");
    }

    private JsonNode call(String method, String path) throws Exception {
        Router.Match match = router.find(method, path);
        Principal operator = new Principal("admin", Role.OPERATOR, null, "en", null);
        HttpServletRequest servletRequest = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> {
                    throw new UnsupportedOperationException(called.getName());
                });
        ApiRequest request = new ApiRequest(servletRequest, operator, Locale.ENGLISH, match.variables(), 1024);
        return Json.MAPPER.valueToTree(match.route().handler().handle(request));
    }

    private static InstanceStatus status(String tenant, String instanceId, String typeId, InstanceState state) {
        return new InstanceStatus(instanceId, TenantId.of(tenant), typeId, "1.0.1", state, Instant.EPOCH, null, 0, 0,
                null, null, null);
    }

    private static ConnectorHostService host(List<InstanceStatus> statuses) {
        return (ConnectorHostService) Proxy.newProxyInstance(BundleResourceTest.class.getClassLoader(),
                new Class<?>[] {ConnectorHostService.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("statuses") && arguments == null) {
                        return statuses;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Two installed bundles; only the uploaded one has a stored previous version. */
    private static final class FixedBundles implements ConnectorBundleService {

        @Override
        public long maxBytes() {
            return 1024;
        }

        @Override
        public List<ConnectorBundle> list() {
            return List.of(SWAP, BUILT_IN);
        }

        @Override
        public List<ConnectorBundle> install(String fileName, byte[] content) {
            throw new UnsupportedOperationException("install");
        }

        @Override
        public void uninstall(long bundleId) {
            throw new UnsupportedOperationException("uninstall");
        }

        @Override
        public List<ConnectorBundle> rollBack(long bundleId) {
            if (bundleId == SWAP.id()) {
                return List.of(new ConnectorBundle(42, SWAP.symbolicName(), "1.0.0", "ACTIVE", SWAP.location(),
                        List.of(), "1.0.1"));
            }
            if (bundleId == BUILT_IN.id()) {
                throw new RejectedBundleException(LocalizedText.of("Keine frühere Version von de.example.builtin.",
                        "No earlier version of de.example.builtin."));
            }
            throw new NotFoundException("connector bundle " + bundleId);
        }
    }
}
