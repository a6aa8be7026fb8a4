package de.debitum.connector.bankstatement.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Parses SWIFT dates YYMMDD and the MMDD entry date of {@code :61:}. */
final class SwiftDates {

    private SwiftDates() {
    }

    /** Parses YYMMDD. The century pivot is this reader's choice: 80-99 become 19xx, 00-79 become 20xx. */
    static LocalDate date(String yymmdd, String location) throws InvalidStatementException {
        int year = Integer.parseInt(yymmdd.substring(0, 2));
        return of(year >= 80 ? 1900 + year : 2000 + year, yymmdd.substring(2, 4), yymmdd.substring(4, 6), yymmdd, location);
    }

    /**
     * Parses the MMDD booking date of {@code :61:}, taking the year of the value date, or the year
     * before or after when booking and value date straddle a year end (booked 31 Dec, value 2 Jan).
     */
    static LocalDate entryDate(String mmdd, LocalDate valueDate, String location) throws InvalidStatementException {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int year = valueDate.getYear();
        if (month == 12 && valueDate.getMonthValue() == 1) {
            year--;
        } else if (month == 1 && valueDate.getMonthValue() == 12) {
            year++;
        }
        return of(year, mmdd.substring(0, 2), mmdd.substring(2, 4), mmdd, location);
    }

    private static LocalDate of(int year, String month, String day, String raw, String location)
            throws InvalidStatementException {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidStatementException(location, new Message(
                    "Ungültiges Datum: Den " + Integer.parseInt(day) + ". " + Integer.parseInt(month) + ". " + year
                            + " gibt es nicht.",
                    "Invalid date: " + year + "-" + month + "-" + day + " does not exist."),
                    raw, raw.length() == 6 ? "ein gültiges Datum im Format JJMMTT" : "ein gültiges Datum im Format MMTT");
        }
    }
}
