package de.debitum.rest.internal.http;

import java.util.Objects;

/**
 * A handler result that the servlet writes as the bytes of a file to save, not as JSON.
 *
 * @param contentType value of the {@code Content-Type} header, with its charset
 * @param fileName name offered in {@code Content-Disposition: attachment}; only characters
 *     that need no quoting, such as DATEV's {@code EXTF_} names
 * @param content the bytes, written unchanged; not copied
 */
public record FileDownload(String contentType, String fileName, byte[] content) {

    public FileDownload {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (!fileName.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new IllegalArgumentException("File name '" + fileName + "' cannot be sent in a header:"
                    + " use letters, digits, '.', '_' and '-' only.");
        }
    }
}
