package de.debitum.datacenter.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code dunning_run}: one run of one tenant with its counts. */
@Entity
@Table(name = "dunning_run")
public class DunningRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dunning_run_seq")
    @SequenceGenerator(name = "dunning_run_seq", sequenceName = "dunning_run_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "run_date")
    public LocalDate runDate;
    @Column(name = "run_trigger")
    public String trigger;
    public String actor;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public int notices;
    public int escalations;
    public int skipped;
}
