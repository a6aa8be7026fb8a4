package de.debitum.datacenter.internal.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code ledger_debtor_account}: the personal account assigned to a debtor. */
@Entity
@Table(name = "ledger_debtor_account")
public class LedgerDebtorAccountEntity {
    @EmbeddedId
    public Key key;
    public int account;
    @Column(name = "created_at")
    public Instant createdAt;

    /** Primary key: tenant and debtor. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "tenant_id")
        public String tenantId;
        @Column(name = "debtor_id")
        public long debtorId;

        public Key() {
        }

        public Key(String tenantId, long debtorId) {
            this.tenantId = tenantId;
            this.debtorId = debtorId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(tenantId, that.tenantId) && debtorId == that.debtorId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, debtorId);
        }
    }
}
