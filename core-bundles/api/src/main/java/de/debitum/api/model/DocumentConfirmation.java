package de.debitum.api.model;

import java.time.Instant;

/** A person's confirmation that a flagged or unsafe-source document may be dunned. */
public record DocumentConfirmation(long documentId, String confirmedBy, Instant confirmedAt) {
}
