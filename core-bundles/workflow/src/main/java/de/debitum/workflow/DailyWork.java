package de.debitum.workflow;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/** Runs the steps that follow matching, in order, for one tenant and business day. */
@ProviderType
public interface DailyWork {

    /**
     * Runs dunning for {@code day}, approves the waiting notices when the options request it, puts
     * the approved notices' letters into the outbox and writes the print batch, books the
     * business events up to the day and exports the given months to DATEV. Each step runs even
     * when an earlier one failed for some items; the result says what failed and why.
     *
     * @throws IllegalArgumentException when the tenant does not exist or an option is invalid
     */
    DailyWorkResult run(TenantId tenant, LocalDate day, DailyWorkOptions options);
}
