package de.debitum.matching.internal.engine;

import java.util.List;

/**
 * What identifies a debtor as a payer.
 *
 * @param ibans IBANs from master data and from earlier allocations, including those a person
 *              confirmed for a payer who is not the debtor
 */
public record DebtorProfile(long id, String name, String customerNumber, List<String> ibans) {

    public DebtorProfile {
        ibans = ibans == null ? List.of() : List.copyOf(ibans);
    }
}
