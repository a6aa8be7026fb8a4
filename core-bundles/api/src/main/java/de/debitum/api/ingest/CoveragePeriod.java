package de.debitum.api.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date range, both days included, for which a source has delivered all its data of one kind
 * (for a bank statement: the statement's from and to dates).
 */
public record CoveragePeriod(DataKind kind, LocalDate from, LocalDate to) {

    public CoveragePeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Coverage period ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
