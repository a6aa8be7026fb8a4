package de.debitum.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored debtor.
 *
 * @param id           the hub's id
 * @param data         the content as last delivered by its source
 * @param ibansSeen    every IBAN seen for the debtor, from master data and from payments
 * @param dunningBlock the current block, or null
 * @param blockedUntil set when the debtor's deletion was requested but a retention duty keeps
 *                     it: the first day it can be deleted; null otherwise
 */
public record Debtor(long id, TenantId tenant, String source, DebtorData data, List<String> ibansSeen,
                     DunningBlock dunningBlock, LocalDate blockedUntil, Instant createdAt, Instant updatedAt) {

    public Debtor {
        ibansSeen = List.copyOf(ibansSeen);
    }
}
