package de.debitum.dunning.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A statutory public holiday on one date, with its German name. */
public record PublicHoliday(LocalDate date, String name) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
