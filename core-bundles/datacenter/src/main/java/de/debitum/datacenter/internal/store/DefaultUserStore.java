package de.debitum.datacenter.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.auth.Role;
import de.debitum.api.auth.UserAccount;
import de.debitum.api.auth.UserStore;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;

/** Users in {@code app_user}. */
@Component(service = UserStore.class)
public class DefaultUserStore implements UserStore {

    private static final String COLUMNS = "name, role, tenant_id, language, password_hash, enabled, created_at";

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultUserStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public UserAccount create(UserAccount user) {
        return persistence.database().inTransaction(session -> session.doReturningWork(connection -> {
            if (user.tenant() != null && Jdbc.count(connection, "SELECT COUNT(*) FROM tenant WHERE id = ?",
                    List.of(user.tenant().value())) == 0) {
                throw new NotFoundException("Tenant '" + user.tenant() + "' not found. Create the tenant first.");
            }
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM app_user WHERE name = ?", List.of(user.name())) > 0) {
                throw new IllegalStateException("User name '" + user.name() + "' is taken. Choose another name.");
            }
            List<Object> values = new ArrayList<>();
            values.add(user.name());
            values.add(user.role().value());
            values.add(user.tenant() == null ? null : user.tenant().value());
            values.add(user.language());
            values.add(user.passwordHash());
            values.add(user.enabled());
            values.add(user.createdAt());
            try (var statement = Jdbc.prepare(connection,
                    "INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", values)) {
                statement.executeUpdate();
            }
            return user;
        }));
    }

    @Override
    public Optional<UserAccount> find(String name) {
        return persistence.database().read(session -> session.doReturningWork(connection -> Jdbc
                .list(connection, "SELECT " + COLUMNS + " FROM app_user WHERE name = ?", List.of(name),
                        DefaultUserStore::toUser)
                .stream().findFirst()));
    }

    @Override
    public List<UserAccount> list(TenantId tenant, int offset, int limit) {
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw new IllegalArgumentException("Invalid range offset " + offset + ", limit " + limit
                    + ": use an offset of 0 or more and a limit of 1 to 1000.");
        }
        return persistence.database().read(session -> session.doReturningWork(connection -> Jdbc.list(connection,
                "SELECT " + COLUMNS + " FROM app_user WHERE tenant_id = ? ORDER BY name LIMIT ? OFFSET ?",
                List.of(tenant.value(), limit, offset), DefaultUserStore::toUser)));
    }

    @Override
    public long count(TenantId tenant) {
        return persistence.database().read(session -> session.doReturningWork(connection ->
                Jdbc.count(connection, "SELECT COUNT(*) FROM app_user WHERE tenant_id = ?", List.of(tenant.value()))));
    }

    @Override
    public long countAll() {
        return persistence.database().read(session -> session.doReturningWork(connection ->
                Jdbc.count(connection, "SELECT COUNT(*) FROM app_user", List.of())));
    }

    @Override
    public Optional<UserAccount> setEnabled(TenantId tenant, String name, boolean enabled) {
        return persistence.database().inTransaction(session -> session.doReturningWork(connection -> {
            try (var statement = Jdbc.prepare(connection,
                    "UPDATE app_user SET enabled = ? WHERE name = ? AND tenant_id = ?",
                    List.of(enabled, name, tenant.value()))) {
                if (statement.executeUpdate() == 0) {
                    return Optional.<UserAccount>empty();
                }
            }
            return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM app_user WHERE name = ?", List.of(name),
                    DefaultUserStore::toUser).stream().findFirst();
        }));
    }

    private static UserAccount toUser(ResultSet row) throws SQLException {
        String tenant = row.getString("tenant_id");
        Role role = Role.fromValue(row.getString("role")).orElseThrow(() -> new IllegalStateException(
                "Unknown role in app_user row"));
        return new UserAccount(row.getString("name"), role, tenant == null ? null : TenantId.of(tenant),
                row.getString("language"), row.getString("password_hash"), row.getBoolean("enabled"),
                Jdbc.instant(row, "created_at"));
    }
}
