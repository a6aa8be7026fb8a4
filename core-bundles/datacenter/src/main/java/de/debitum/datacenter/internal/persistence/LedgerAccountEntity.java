package de.debitum.datacenter.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code ledger_account}: an account a tenant set for a role ({@code ROLE}) or a bank IBAN ({@code BANK}). */
@Entity
@Table(name = "ledger_account")
public class LedgerAccountEntity {
    public static final String ROLE = "ROLE";
    public static final String BANK = "BANK";

    @EmbeddedId
    public Key key;
    public int account;

    /** Primary key: tenant, kind and role name or IBAN. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "tenant_id")
        public String tenantId;
        public String kind;
        @Column(name = "account_key")
        public String accountKey;

        public Key() {
        }

        public Key(String tenantId, String kind, String accountKey) {
            this.tenantId = tenantId;
            this.kind = kind;
            this.accountKey = accountKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(tenantId, that.tenantId) && Objects.equals(kind, that.kind)
                    && Objects.equals(accountKey, that.accountKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, kind, accountKey);
        }
    }
}
