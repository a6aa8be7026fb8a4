package de.debitum.einvoice;

import java.util.List;

/**
 * A seller or buyer.
 *
 * @param name      the name (BT-27 / BT-44)
 * @param ids       identifiers (BT-29 / BT-46, global ids included), as stated
 * @param vatId     the VAT identifier (BT-31 / BT-48), or {@code null}
 * @param taxNumber the national tax number (BT-32, Steuernummer), or {@code null}
 * @param address   the postal address, or {@code null}
 */
public record Party(String name, List<String> ids, String vatId, String taxNumber, PostalAddress address) {

    public Party {
        ids = List.copyOf(ids);
    }
}
