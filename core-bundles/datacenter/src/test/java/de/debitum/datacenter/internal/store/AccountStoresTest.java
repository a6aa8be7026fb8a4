package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.auth.ApiKey;
import de.debitum.api.auth.Role;
import de.debitum.api.auth.UserAccount;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterFixture;
import de.debitum.testing.TestDatabase;

class AccountStoresTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void usersAreStoredPerTenant(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        DefaultUserStore users = new DefaultUserStore(dc.persistence);
        String name = "anna-" + tenant.value();

        users.create(new UserAccount(name, Role.CLERK, tenant, "en", "$2y$04$hash", true, DatacenterFixture.NOW));

        UserAccount found = users.find(name).orElseThrow();
        assertThat(found.role()).isEqualTo(Role.CLERK);
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.language()).isEqualTo("en");
        assertThat(found.createdAt()).isEqualTo(DatacenterFixture.NOW);
        assertThat(users.list(tenant, 0, 10)).extracting(UserAccount::name).containsExactly(name);
        assertThat(users.count(tenant)).isEqualTo(1);
        assertThat(users.list(other, 0, 10)).isEmpty();
        assertThat(users.countAll()).isGreaterThanOrEqualTo(1);

        assertThat(users.setEnabled(other, name, false)).isEmpty();
        assertThat(users.setEnabled(tenant, name, false)).get().extracting(UserAccount::enabled).isEqualTo(false);
        assertThat(users.find(name).orElseThrow().enabled()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void userNamesAreUnique(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        DefaultUserStore users = new DefaultUserStore(dc.persistence);
        UserAccount user = new UserAccount("bob-" + tenant.value(), Role.TENANT_ADMIN, tenant, "de", "$2y$04$hash", true,
                DatacenterFixture.NOW);
        users.create(user);

        assertThatThrownBy(() -> users.create(user)).isInstanceOf(IllegalStateException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> users.create(new UserAccount("carl-" + tenant.value(), Role.CLERK, TenantId.of("no-such"),
                "de", "$2y$04$hash", true, DatacenterFixture.NOW))).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void apiKeysAreFoundByHashAndRevokedPerTenant(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        DefaultApiKeyStore keys = new DefaultApiKeyStore(dc.persistence);
        String hash = "a".repeat(40) + tenant.value().hashCode();

        ApiKey created = keys.create(new ApiKey(0, tenant, "dbk_abcdefgh", "ERP", Role.CLERK, hash, Instant.EPOCH, null));

        assertThat(created.id()).isPositive();
        assertThat(created.createdAt()).isEqualTo(DatacenterFixture.NOW);
        assertThat(keys.findByHash(hash)).get().extracting(ApiKey::id).isEqualTo(created.id());
        assertThat(keys.find(created.id())).get().extracting(ApiKey::label).isEqualTo("ERP");
        assertThat(keys.list(tenant)).extracting(ApiKey::id).containsExactly(created.id());
        assertThat(keys.list(other)).isEmpty();

        assertThat(keys.revoke(other, created.id())).isFalse();
        assertThat(keys.revoke(tenant, created.id())).isTrue();
        assertThat(keys.find(created.id()).orElseThrow().revoked()).isTrue();
    }
}
