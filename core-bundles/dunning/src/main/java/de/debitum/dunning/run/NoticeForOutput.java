package de.debitum.dunning.run;

import de.debitum.api.dunning.StoredNotice;
import de.debitum.api.model.PostalAddress;

/**
 * An approved notice with everything a letter or e-mail needs. The notice carries level,
 * template, channel, deadline, charges and the items with number, dates, open amount, fee and
 * interest; {@link StoredNotice#total()} is the amount the debtor is asked to pay.
 *
 * @param language ISO 639-1 language of the debtor, {@code de} when the source gave none
 */
public record NoticeForOutput(StoredNotice notice, String debtorName, String customerNumber, PostalAddress address,
                              String email, String language) {
}
