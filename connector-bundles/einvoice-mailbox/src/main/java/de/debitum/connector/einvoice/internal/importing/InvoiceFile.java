package de.debitum.connector.einvoice.internal.importing;

import java.util.Objects;

/** One file from a folder or one attachment of a mail, read whole within the size bound. */
public record InvoiceFile(String name, byte[] content) {

    public InvoiceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
