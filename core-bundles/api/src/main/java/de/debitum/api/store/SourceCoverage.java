package de.debitum.api.store;

import java.time.LocalDate;

import de.debitum.api.ingest.DataKind;

/** A merged date range (both days included) for which a source delivered data of one kind. */
public record SourceCoverage(String source, DataKind kind, LocalDate from, LocalDate to) {
}
