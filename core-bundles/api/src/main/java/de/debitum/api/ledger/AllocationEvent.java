package de.debitum.api.ledger;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.Payment;
import de.debitum.api.model.ReceivableDocument;

/**
 * An allocation the ledger has not booked, with the document it settles.
 *
 * @param payment the payment used, or null
 * @param overpaymentBooked true when the payment's overpayment was booked before this allocation was
 *     made, so the allocation uses the debtor's credit instead of new money
 */
public record AllocationEvent(Allocation allocation, ReceivableDocument document, Payment payment,
                              boolean overpaymentBooked) {
}
