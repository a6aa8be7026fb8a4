package de.debitum.dunning.internal.calculation;

import java.time.LocalDate;

/** The base-rate table does not cover a day for which interest is requested. */
public final class BaseRateUnknownException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;

    public BaseRateUnknownException(LocalDate day, LocalDate firstCoveredDay, LocalDate lastCoveredDay) {
        super("Der Basiszinssatz für den " + day + " ist nicht bekannt; die Tabelle reicht vom " + firstCoveredDay
                + " bis " + lastCoveredDay + ". Bitte eine aktuelle Basiszinssatz-Datei der Bundesbank hinterlegen."
                + " / The base rate for " + day + " is unknown; the table covers " + firstCoveredDay + " to "
                + lastCoveredDay + ". Supply a current base-rate file with the Bundesbank's values.");
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }
}
