package de.debitum.api.dunning;

import java.time.Instant;
import java.time.LocalDate;

import de.debitum.api.model.TenantId;

/**
 * One stored dunning run.
 *
 * @param trigger    {@code schedule} or {@code on-demand}
 * @param finishedAt when the run finished, or null while it runs or when it failed
 */
public record DunningRunRecord(long id, TenantId tenant, LocalDate runDate, String trigger, String actor,
                               Instant startedAt, Instant finishedAt, int notices, int escalations, int skipped) {
}
