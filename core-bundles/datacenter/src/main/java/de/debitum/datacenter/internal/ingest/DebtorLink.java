package de.debitum.datacenter.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.PostalAddress;
import de.debitum.datacenter.internal.persistence.DebtorEntity;

/**
 * Links a debtor that a source delivers to the stored debtor with the same customer number
 * (Debitorennummer), so that a debtor file and the invoices that name the number share one debtor.
 * The stored debtor keeps its source, external id and values. The delivered record only fills
 * fields that are still empty and adds IBANs that are new. The source's external id is kept as a
 * {@code debtor_source_key}, so that the source's later documents find the debtor without
 * delivering it again.
 *
 * <p>NOTE: two batches of different sources that deliver a new customer number at the same time
 * can each create a debtor, because the look-up and the insert are not serialised across batches.
 */
final class DebtorLink {

    private DebtorLink() {
    }

    static RecordWriter.Outcome link(DebtorData data, DebtorEntity target, RecordWriter writer, Prefetch prefetch) {
        writer.rememberDebtor(data.externalId(), target, prefetch);
        List<String> filled = fillEmptyFields(target, data);

        Set<String> known = writer.storedIbans(target.id);
        List<String> newIbans = data.ibans().stream().filter(iban -> !known.contains(iban)).toList();
        writer.addIbans(target.id, newIbans, known);
        if (!newIbans.isEmpty()) {
            filled.add("ibans");
        }

        if (filled.isEmpty()) {
            return new RecordWriter.Outcome.Unchanged(target.id);
        }
        target.updatedAt = writer.now();
        writer.audit(AuditEventType.UPDATED, "debtor", target.id, target.id, null,
                "Debtor " + data.externalId() + " of source " + writer.source() + " linked by customer number "
                        + target.customerNumber + "; filled empty fields: " + String.join(", ", filled));
        return new RecordWriter.Outcome.Updated(target.id);
    }

    /** Copies the delivered values into the fields of the stored debtor that are empty, and names them. */
    private static List<String> fillEmptyFields(DebtorEntity target, DebtorData data) {
        List<String> filled = new ArrayList<>();
        if (isEmpty(target.name) && !isEmpty(data.name())) {
            target.name = data.name();
            filled.add("name");
        }
        // The address is taken as a whole, so that no address mixes lines of two sources.
        PostalAddress address = data.address();
        boolean storedAddressEmpty = isEmpty(target.addressLine1) && isEmpty(target.postalCode) && isEmpty(target.city);
        if (storedAddressEmpty && address != null && !(isEmpty(address.line1()) && isEmpty(address.city()))) {
            target.addressLine1 = address.line1();
            target.addressLine2 = address.line2();
            target.postalCode = address.postalCode();
            target.city = address.city();
            target.countryCode = address.countryCode();
            filled.add("address");
        }
        if (isEmpty(target.email) && !isEmpty(data.email())) {
            target.email = data.email();
            filled.add("email");
        }
        if (isEmpty(target.vatId) && !isEmpty(data.vatId())) {
            target.vatId = data.vatId();
            filled.add("vatId");
        }
        if (isEmpty(target.buyerReference) && !isEmpty(data.buyerReference())) {
            target.buyerReference = data.buyerReference();
            filled.add("buyerReference");
        }
        return filled;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }
}
