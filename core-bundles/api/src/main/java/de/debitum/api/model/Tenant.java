package de.debitum.api.model;

import java.time.Instant;
import java.util.Objects;

/** A company that uses the hub; every other record belongs to exactly one tenant. */
public record Tenant(TenantId id, String name, Instant createdAt) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
