package de.debitum.datacenter.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.debitum.api.auth.ApiKey;
import de.debitum.api.auth.ApiKeyStore;
import de.debitum.api.auth.Role;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterPersistence;

/** API keys in {@code api_key}. */
@Component(service = ApiKeyStore.class)
public class DefaultApiKeyStore implements ApiKeyStore {

    private static final String COLUMNS = "id, tenant_id, prefix, label, role, key_hash, created_at, revoked_at";

    private final DatacenterPersistence persistence;

    @Activate
    public DefaultApiKeyStore(@Reference DatacenterPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public ApiKey create(ApiKey key) {
        Instant now = persistence.database().clock().instant();
        return persistence.database().inTransaction(session -> session.doReturningWork(connection -> {
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM tenant WHERE id = ?", List.of(key.tenant().value())) == 0) {
                throw new NotFoundException("Tenant '" + key.tenant() + "' not found. Create the tenant first.");
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO api_key (tenant_id, prefix, label, role, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, key.tenant().value());
                statement.setString(2, key.prefix());
                statement.setString(3, key.label());
                statement.setString(4, key.role().value());
                statement.setString(5, key.keyHash());
                statement.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                statement.executeUpdate();
                try (ResultSet generated = statement.getGeneratedKeys()) {
                    generated.next();
                    long id = generated.getLong(1);
                    return new ApiKey(id, key.tenant(), key.prefix(), key.label(), key.role(), key.keyHash(), now, null);
                }
            }
        }));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return persistence.database().read(session -> session.doReturningWork(connection -> Jdbc
                .list(connection, "SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ?", List.of(keyHash),
                        DefaultApiKeyStore::toKey)
                .stream().findFirst()));
    }

    @Override
    public Optional<ApiKey> find(long id) {
        return persistence.database().read(session -> session.doReturningWork(connection -> Jdbc
                .list(connection, "SELECT " + COLUMNS + " FROM api_key WHERE id = ?", List.of(id), DefaultApiKeyStore::toKey)
                .stream().findFirst()));
    }

    @Override
    public List<ApiKey> list(TenantId tenant) {
        return persistence.database().read(session -> session.doReturningWork(connection -> Jdbc.list(connection,
                "SELECT " + COLUMNS + " FROM api_key WHERE tenant_id = ? ORDER BY id DESC", List.of(tenant.value()),
                DefaultApiKeyStore::toKey)));
    }

    @Override
    public boolean revoke(TenantId tenant, long id) {
        Instant now = persistence.database().clock().instant();
        return persistence.database().inTransaction(session -> session.doReturningWork(connection -> {
            try (PreparedStatement statement = Jdbc.prepare(connection,
                    "UPDATE api_key SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND tenant_id = ?",
                    List.of(now, id, tenant.value()))) {
                return statement.executeUpdate() > 0;
            }
        }));
    }

    private static ApiKey toKey(ResultSet row) throws SQLException {
        Role role = Role.fromValue(row.getString("role")).orElseThrow(() -> new IllegalStateException(
                "Unknown role in api_key row"));
        return new ApiKey(row.getLong("id"), TenantId.of(row.getString("tenant_id")), row.getString("prefix"),
                row.getString("label"), role, row.getString("key_hash"), Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "revoked_at"));
    }
}
