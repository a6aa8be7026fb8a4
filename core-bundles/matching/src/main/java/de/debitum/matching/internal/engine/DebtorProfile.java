package de.debitum.matching.internal.engine;

import java.util.List;

/**
 * The data that identifies a debtor as a payer.
 *
 * @param customerNumber the tenant's customer number (Debitorennummer), may be null
 * @param ibans          IBANs from master data and from earlier allocations, including those a
 *                       person confirmed for a payer who is not the debtor
 * @param mandates       SEPA mandate references of payments allocated to the debtor before
 * @param nameAliases    payer names a person confirmed for the debtor, compared like its name
 */
public record DebtorProfile(long id, String name, String customerNumber, List<String> ibans, List<String> mandates,
                            List<String> nameAliases) {

    public DebtorProfile {
        ibans = ibans == null ? List.of() : List.copyOf(ibans);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
        nameAliases = nameAliases == null ? List.of() : List.copyOf(nameAliases);
    }

    public DebtorProfile(long id, String name, String customerNumber, List<String> ibans, List<String> mandates) {
        this(id, name, customerNumber, ibans, mandates, List.of());
    }

    public DebtorProfile(long id, String name, String customerNumber, List<String> ibans) {
        this(id, name, customerNumber, ibans, List.of());
    }
}
