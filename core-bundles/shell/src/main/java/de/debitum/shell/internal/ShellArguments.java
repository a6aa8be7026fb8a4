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

    /**
     * Parses a positive id.
     *
     * @param nameDe the id's German name for the message, such as {@code Beleg-Id}
     * @param nameEn the same in English, such as {@code document id}
     * @param source where the user finds the id, in English, such as {@code as the UI shows it}
     */
    static long positiveId(String nameDe, String nameEn, String source, String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Ungültige " + nameDe + " \"" + value + "\"; erwartet eine positive Zahl."
                    + " / Invalid " + nameEn + " \"" + value + "\": use a positive number " + source + ".");
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
