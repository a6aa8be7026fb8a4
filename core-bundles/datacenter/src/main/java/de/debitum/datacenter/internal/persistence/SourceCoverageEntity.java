package de.debitum.datacenter.internal.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code source_coverage}: one period a batch declared, merged when read. */
@Entity
@Table(name = "source_coverage")
public class SourceCoverageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_coverage_seq")
    @SequenceGenerator(name = "source_coverage_seq", sequenceName = "source_coverage_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String source;
    @Column(name = "data_kind")
    public String kind;
    @Column(name = "covered_from")
    public LocalDate coveredFrom;
    @Column(name = "covered_to")
    public LocalDate coveredTo;
}
