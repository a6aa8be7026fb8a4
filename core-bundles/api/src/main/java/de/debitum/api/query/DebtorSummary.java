package de.debitum.api.query;

/** One row of a debtor list. */
public record DebtorSummary(long id, String source, String externalId, String customerNumber, String name,
                            String city, String countryCode, String email, boolean consumer, boolean dunningBlocked) {
}
