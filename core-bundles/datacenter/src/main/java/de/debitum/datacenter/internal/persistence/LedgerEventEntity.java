package de.debitum.datacenter.internal.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code ledger_event}: one booked version of a business event. */
@Entity
@Table(name = "ledger_event")
public class LedgerEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_event_seq")
    @SequenceGenerator(name = "ledger_event_seq", sequenceName = "ledger_event_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public String sourceId;
    public String version;
    @Column(name = "booked_at")
    public Instant bookedAt;
    public String actor;
}
