package de.debitum.datacenter.internal.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code connector_checkpoint}: the latest checkpoint of one connector instance. */
@Entity
@Table(name = "connector_checkpoint")
public class CheckpointEntity {
    @EmbeddedId
    public Key key;
    @Column(name = "checkpoint_value")
    public String value;
    @Column(name = "batch_id")
    public long batchId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Primary key: tenant and connector instance. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "tenant_id")
        public String tenantId;
        @Column(name = "instance_id")
        public String instanceId;

        public Key() {
        }

        public Key(String tenantId, String instanceId) {
            this.tenantId = tenantId;
            this.instanceId = instanceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(tenantId, that.tenantId)
                    && Objects.equals(instanceId, that.instanceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, instanceId);
        }
    }
}
