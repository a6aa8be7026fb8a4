package de.debitum.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router router = new Router()
            .add("GET", "/tenants/{t}/documents", Access.TENANT_READ, 200, "list", request -> "list")
            .add("GET", "/tenants/{t}/documents/{id}", Access.TENANT_READ, 200, "one", request -> "one")
            .add("POST", "/tenants", Access.OPERATOR, 201, "create", request -> "create");

    @Test
    void matchesTemplatesAndExtractsVariables() {
        Router.Match match = router.find("GET", "/tenants/muster-gmbh/documents/42");

        assertThat(match.route().summary()).isEqualTo("one");
        assertThat(match.variables()).isEqualTo(Map.of("t", "muster-gmbh", "id", "42"));
        assertThat(router.find("GET", "/tenants/muster-gmbh/documents/").route().summary()).isEqualTo("list");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertThatThrownBy(() -> router.find("GET", "/nothing")).isInstanceOf(ApiException.class)
                .extracting(error -> ((ApiException) error).status()).isEqualTo(404);
        assertThatThrownBy(() -> router.find("GET", "/tenants//documents")).isInstanceOf(ApiException.class)
                .extracting(error -> ((ApiException) error).status()).isEqualTo(404);
        assertThatThrownBy(() -> router.find("DELETE", "/tenants")).isInstanceOf(ApiException.class)
                .extracting(error -> ((ApiException) error).status()).isEqualTo(405);
    }

    @Test
    void bodyReadStopsAtTheLimit() throws Exception {
        byte[] eleven = "0123456789a".getBytes();

        assertThat(ApiRequest.readBounded(new ByteArrayInputStream(eleven), -1, 11)).hasSize(11);
        assertThatThrownBy(() -> ApiRequest.readBounded(new ByteArrayInputStream(eleven), -1, 10))
                .isInstanceOf(ApiException.class).extracting(error -> ((ApiException) error).status()).isEqualTo(413);
        assertThatThrownBy(() -> ApiRequest.readBounded(new ByteArrayInputStream(new byte[0]), 1_000_000, 10))
                .isInstanceOf(ApiException.class).extracting(error -> ((ApiException) error).code())
                .isEqualTo("payload_too_large");
    }
}
