package de.debitum.shell.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Parses command arguments with errors that name the value and the expected form. */
final class ShellArguments {

    private ShellArguments() {
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ungültiges Datum für " + name + ": '" + value + "'. Bitte als JJJJ-MM-TT"
                    + " angeben, z. B. 2026-11-30. / Invalid " + name + " date '" + value
                    + "': write it as YYYY-MM-DD, such as 2026-11-30.");
        }
    }

    static YearMonth period(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ungültige Periode '" + value + "'. Bitte als JJJJ-MM angeben, z. B. 2026-11."
                    + " / Invalid period '" + value + "': write it as YYYY-MM, such as 2026-11.");
        }
    }
}
