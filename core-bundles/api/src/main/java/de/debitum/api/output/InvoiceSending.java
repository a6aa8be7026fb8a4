package de.debitum.api.output;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;

/**
 * Sends imported invoices to debtors. Sending on import is off until the tenant turns it on; then
 * every invoice imported afterwards goes out once, as its original file when it came as a
 * ZUGFeRD / Factur-X PDF, otherwise as a ZUGFeRD EN 16931 PDF generated from the stored data.
 * Before that, {@link #preview} lists what would go out.
 */
@ProviderType
public interface InvoiceSending {

    /** Returns the tenant's setting; off when never saved. */
    InvoiceSendSettings settings(TenantId tenant);

    /**
     * Turns sending on import on or off. Turning it on sends only invoices imported from then on,
     * never the ones stored before.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant does not exist
     */
    InvoiceSendSettings configure(TenantId tenant, boolean sendOnImport, String actor);

    /**
     * Lists the invoices of the last {@code days} days (by issue date, newest first) that are not
     * paid and were not sent yet, with the channel, recipient and form each would go out with, or
     * the reason it cannot. Nothing is sent or stored.
     *
     * @param limit the maximum number of invoices listed, 1 to {@link #MAX_PREVIEW}
     * @throws IllegalArgumentException when {@code days} or {@code limit} is out of range
     */
    List<PlannedInvoice> preview(TenantId tenant, int days, int limit);

    /**
     * Puts the given documents into the outbox as {@link #preview} plans them, whether sending on
     * import is on or not, and returns the plan of each with its outbox entry id. A document that
     * cannot be sent keeps its reason and the others go on.
     *
     * @throws IllegalArgumentException when more than {@link #MAX_PREVIEW} ids are given
     * @throws de.debitum.api.store.NotFoundException when an id names no document of the tenant
     */
    List<PlannedInvoice> send(TenantId tenant, List<Long> documentIds);

    /** The maximum invoices one preview lists or one call sends. */
    int MAX_PREVIEW = 500;
}
