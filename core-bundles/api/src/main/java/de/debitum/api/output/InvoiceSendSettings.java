package de.debitum.api.output;

import java.time.Instant;

/**
 * A tenant's setting for sending invoices.
 *
 * @param sendOnImport whether invoices go out to debtors as soon as they are imported
 * @param enabledSince when it was turned on; invoices imported before are not sent; null while off
 */
public record InvoiceSendSettings(boolean sendOnImport, Instant enabledSince) {
}
