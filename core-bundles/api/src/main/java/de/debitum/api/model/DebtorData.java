package de.debitum.api.model;

import java.util.List;

/**
 * Master data of a customer as a source delivers it.
 *
 * @param externalId     the source's id of the customer
 * @param customerNumber the tenant's customer number (Debitorennummer), if known
 * @param name           name of the person or company (BT-44)
 * @param address        postal address, may be null
 * @param email          e-mail address for reminders, may be null
 * @param language       ISO 639-1 language for letters, such as {@code de}; null means German
 * @param consumer       true for a consumer (B2C), which changes default interest and fees
 * @param vatId          VAT identification number (BT-48), may be null
 * @param buyerReference buyer reference or Leitweg-ID (BT-10), may be null
 * @param ibans          IBANs the source has for this customer
 */
public record DebtorData(String externalId, String customerNumber, String name, PostalAddress address,
                         String email, String language, boolean consumer, String vatId,
                         String buyerReference, List<String> ibans) implements CanonicalRecord {

    public DebtorData {
        ibans = ibans == null ? List.of() : List.copyOf(ibans);
    }
}
