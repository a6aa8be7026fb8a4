package de.debitum.api.ledger;

import de.debitum.api.model.ReceivableDocument;

/**
 * A document whose current version the ledger has not booked.
 *
 * @param version content version of the document
 * @param rebooking true when an earlier version of the document was booked, whose bookings must
 *     be reversed first
 */
public record DocumentEvent(ReceivableDocument document, String version, boolean rebooking) {
}
