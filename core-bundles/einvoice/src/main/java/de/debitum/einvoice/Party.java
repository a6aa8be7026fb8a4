package de.debitum.einvoice;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A seller or buyer.
 *
 * @param name      the name (BT-27 / BT-44)
 * @param ids       identifiers (BT-29 / BT-46, global ids included), as stated
 * @param vatId     the VAT identifier (BT-31 / BT-48), or {@code null}
 * @param taxNumber the national tax number (BT-32, Steuernummer), or {@code null}
 * @param address   the postal address, or {@code null}
 * @param email     the contact's e-mail address (BT-43 / BT-58), else the electronic address
 *                  with scheme EM (BT-34 / BT-49), or {@code null}; a value that is no e-mail
 *                  address is left out
 */
public record Party(String name, List<String> ids, String vatId, String taxNumber, PostalAddress address,
                    String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}");

    public Party {
        ids = List.copyOf(ids);
        email = email == null || !EMAIL.matcher(email.strip()).matches() ? null : email.strip();
    }

    /** A party without an e-mail address. */
    public Party(String name, List<String> ids, String vatId, String taxNumber, PostalAddress address) {
        this(name, ids, vatId, taxNumber, address, null);
    }
}
