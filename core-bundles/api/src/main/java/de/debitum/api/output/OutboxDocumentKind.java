package de.debitum.api.output;

/** What an outbox entry delivers. */
public enum OutboxDocumentKind {
    DUNNING_LETTER,
    INVOICE
}
