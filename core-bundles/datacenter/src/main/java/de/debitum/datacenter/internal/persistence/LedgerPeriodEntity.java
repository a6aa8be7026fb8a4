package de.debitum.datacenter.internal.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code ledger_period}: the state of one month of a tenant. */
@Entity
@Table(name = "ledger_period")
public class LedgerPeriodEntity {
    @EmbeddedId
    public Key key;
    public String state;
    @Column(name = "locked_at")
    public Instant lockedAt;
    @Column(name = "locked_by")
    public String lockedBy;

    /** Primary key: tenant and period as {@code yyyy-MM}. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "tenant_id")
        public String tenantId;
        public String period;

        public Key() {
        }

        public Key(String tenantId, String period) {
            this.tenantId = tenantId;
            this.period = period;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(tenantId, that.tenantId) && Objects.equals(period, that.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, period);
        }
    }
}
