package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.connector.ConnectorInstance;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterFixture;
import de.debitum.testing.TestDatabase;

class ConnectorInstanceStoreTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void saveReplacesConfigurationAndFlag(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultConnectorInstanceStore store = new DefaultConnectorInstanceStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        String id = tenant.value() + ".camt";

        store.save(new ConnectorInstance(id, tenant, "bank-statement", Map.of("folder", "/in", "pattern", "*.xml"), true));
        store.save(new ConnectorInstance(id, tenant, "bank-statement", Map.of("folder", "/in2"), false));

        ConnectorInstance stored = store.find(tenant, id).orElseThrow();
        assertThat(stored.configuration()).isEqualTo(Map.of("folder", "/in2"));
        assertThat(stored.enabled()).isFalse();
        assertThat(store.list(tenant)).containsExactly(stored);
        assertThat(store.listAll()).contains(stored);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void otherTenantCannotSeeTakeOrDelete(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultConnectorInstanceStore store = new DefaultConnectorInstanceStore(dc.persistence);
        TenantId owner = dc.newTenant();
        TenantId other = dc.newTenant();
        String id = owner.value() + ".csv";
        store.save(new ConnectorInstance(id, owner, "csv", Map.of(), true));

        assertThat(store.find(other, id)).isEmpty();
        assertThat(store.list(other)).isEmpty();
        assertThat(store.delete(other, id)).isFalse();
        assertThatThrownBy(() -> store.save(new ConnectorInstance(id, other, "csv", Map.of(), true)))
                .hasMessageContaining("taken by another tenant");
        assertThat(store.find(owner, id)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deleteRemovesValues(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultConnectorInstanceStore store = new DefaultConnectorInstanceStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        String id = tenant.value() + ".mail";
        store.save(new ConnectorInstance(id, tenant, "mailbox", Map.of("password", "{aes-gcm}abc"), true));

        assertThat(store.delete(tenant, id)).isTrue();
        assertThat(store.find(tenant, id)).isEmpty();
        assertThat(store.delete(tenant, id)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownTenantIsRejected(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultConnectorInstanceStore store = new DefaultConnectorInstanceStore(dc.persistence);

        assertThatThrownBy(() -> store.save(new ConnectorInstance("ghost.csv", TenantId.of("no-such-tenant"), "csv",
                Map.of(), true))).isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-tenant");
    }
}
