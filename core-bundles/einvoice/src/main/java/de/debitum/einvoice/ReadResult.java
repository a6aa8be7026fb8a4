package de.debitum.einvoice;

import java.util.Objects;

/** The outcome of reading one file: an invoice record or a rejection with its reason. */
public sealed interface ReadResult permits ReadResult.Accepted, ReadResult.Rejected {

    /** The file name as the caller passed it. */
    String fileName();

    /** A file that was read into an invoice record (which may still carry warnings and flags). */
    record Accepted(String fileName, InvoiceRecord invoice) implements ReadResult {
        public Accepted {
            Objects.requireNonNull(invoice, "invoice");
        }
    }

    /** A file that could not be read; nothing of it is imported. */
    record Rejected(String fileName, Rejection rejection) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
