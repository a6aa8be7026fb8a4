package de.debitum.ledger.datev;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.debitum.ledger.datev.ExtfDocument.Cell;
import de.debitum.ledger.datev.ExtfFinding.Code;

/**
 * The checks {@link ExtfReader} runs on parsed records. Expressions and limits come from DATEV's
 * field tables on developer.datev.de (DATEV-Format: Header, Buchungsstapel, Debitoren/Kreditoren);
 * they are kept here apart from the writer on purpose.
 */
final class ExtfChecks {

    /** A known format: its name and the column count of each format version. */
    private record Format(String name, Map<Integer, Integer> columnsByVersion, int minimumVersion) {
    }

    // Buchungsstapel: version 9 has 120 columns (corpus sample), 13 has 125 (DATEV's sample file);
    // 12 has 124, since 13 only added Abw. Skontokonto. DATEV's interface requirements demand at
    // least 12 for Buchungsstapel and 5 for Debitoren/Kreditoren.
    private static final Map<Integer, Format> FORMATS = Map.of(
            21, new Format("Buchungsstapel", Map.of(9, 120, 12, 124, 13, 125), 12),
            16, new Format("Debitoren/Kreditoren", Map.of(5, 254), 5),
            20, new Format("Kontenbeschriftungen", Map.of(2, 3), 0));

    /** Header fields written as quoted text (1-based), per DATEV's header description. */
    private static final Set<Integer> HEADER_TEXT_FIELDS = Set.of(1, 4, 8, 9, 10, 17, 18, 22, 24, 27, 30, 31);

    /** Reserved header fields; an empty pair of quotes there, as older exporters write, is harmless. */
    private static final Set<Integer> HEADER_RESERVED_FIELDS = Set.of(23, 25, 26, 29);

    /** Buchungsstapel columns without quotes: numbers, amounts and dates (field table of format 13). */
    private static final boolean[] BOOKING_NUMBER_COLUMNS = flags(1, 4, 5, 7, 8, 10, 13, 15, 17, 18, 19,
            39, 41, 43, 44, 45, 46, 47, 88, 89, 90, 92, 93, 94, 97, 99, 100, 101, 104, 106, 108, 111, 113,
            114, 115, 116, 117, 119, 122, 124, 125);

    private static final Pattern UMSATZ = Pattern.compile("(?!0{1,10},00$)\\d{1,10},\\d{2}");
    private static final Pattern SKONTO = Pattern.compile("[1-9]\\d{0,7},\\d{2}");
    private static final Pattern ACCOUNT = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern TAX_KEY = Pattern.compile("\\d{1,4}");
    private static final Pattern BELEGFELD_1 = Pattern.compile("[\\w$%\\-/]{0,36}");
    private static final Pattern BELEGFELD_2 = Pattern.compile("[\\w$%\\-/]{0,12}");
    private static final Pattern TTMMJJJJ = Pattern.compile("(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])20\\d{2}");
    private static final Pattern SOLL_HABEN = Pattern.compile("[SH]");
    private static final Pattern ZERO_OR_ONE = Pattern.compile("[01]");
    private static final Pattern GENERALUMKEHR = Pattern.compile("[01G]");
    private static final Pattern TTMM = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<ExtfFinding> findings;

    ExtfChecks(List<ExtfFinding> findings) {
        this.findings = findings;
    }

    void check(List<Cell> header, List<Cell> headings, List<List<Cell>> rows) {
        if (header.isEmpty() || !Set.of("EXTF", "DTVF").contains(header.get(0).value())) {
            add(Code.NOT_EXTF, 1, 1, header.isEmpty() ? "empty file" : header.get(0).value());
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            checkControlCharacters(rows.get(i), i + 3);
        }

        Integer category = checkHeader(header);
        Format format = category == null ? null : FORMATS.get(category);
        Integer columns = format == null ? null : format.columnsByVersion().get(number(header, 5));
        if (format != null && columns == null) {
            add(Code.UNKNOWN_FORMAT_VERSION, 1, 5, value(header, 5));
        }
        if (columns == null) {
            return;
        }
        if (headings.size() != columns) {
            add(Code.COLUMN_COUNT, 2, 0, headings.size() + " columns, expected " + columns);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns) {
                add(Code.ROW_FIELD_COUNT, i + 3, 0, rows.get(i).size() + " fields, expected " + columns);
            }
        }

        if (category == 21) {
            if (rows.size() > 99_999) {
                add(Code.TOO_MANY_ROWS, 0, 0, rows.size() + " rows");
            }
            // Field checks go by position, as DATEV's importer reads the file, whatever headings line 2 has.
            LocalDate[] period = {date(header, 15), date(header, 16)};
            int length = number(header, 14) == null ? 8 : number(header, 14);
            for (int i = 0; i < rows.size(); i++) {
                new BookingRowChecks(this, rows.get(i), i + 3, period, length).run();
            }
        } else if (category == 16) {
            Integer length = number(header, 14);
            for (int i = 0; i < rows.size(); i++) {
                String konto = value(rows.get(i), 1);
                if (!ACCOUNT.matcher(konto).matches() || (length != null && konto.length() != length + 1)) {
                    add(Code.ACCOUNT_INVALID, i + 3, 1, konto);
                }
            }
        }
    }

    /** Checks the header and returns its format category, or {@code null} when it is unknown. */
    private Integer checkHeader(List<Cell> header) {
        if (header.size() != 31) {
            add(Code.HEADER_FIELD_COUNT, 1, 0, header.size() + " fields");
        }
        if (!"700".equals(value(header, 2)) || header.get(1).quoted()) {
            add(Code.HEADER_VERSION, 1, 2, value(header, 2));
        }
        for (int field = 1; field <= Math.min(31, header.size()); field++) {
            Cell cell = header.get(field - 1);
            boolean text = HEADER_TEXT_FIELDS.contains(field);
            boolean emptyReserved = cell.value().isEmpty() && HEADER_RESERVED_FIELDS.contains(field);
            if ((text && !cell.quoted() && !cell.value().isEmpty()) || (!text && cell.quoted() && !emptyReserved)) {
                add(Code.HEADER_FIELD_INVALID, 1, field, "quoting of \"" + cell.value() + "\"");
            }
        }

        Integer category = number(header, 3);
        Format format = category == null ? null : FORMATS.get(category);
        if (format == null || !format.name().equals(value(header, 4))) {
            add(Code.UNKNOWN_FORMAT, 1, 3, value(header, 3) + " " + value(header, 4));
            return null;
        }
        Integer version = number(header, 5);
        if (version != null && version < format.minimumVersion()) {
            add(Code.OUTDATED_FORMAT_VERSION, 1, 5, String.valueOf(version));
        }

        requireMatch(header, 6, "20\\d{15}");
        requireRange(header, 11, 1001, 9_999_999);
        requireRange(header, 12, 1, 99_999);
        LocalDate fiscalYearStart = requireDate(header, 13);
        requireRange(header, 14, 4, 8);
        if (category == 21) {
            LocalDate from = requireDate(header, 15);
            LocalDate to = requireDate(header, 16);
            if (from != null && to != null && (to.isBefore(from) || (fiscalYearStart != null
                    && (from.isBefore(fiscalYearStart) || !to.isBefore(fiscalYearStart.plusYears(1)))))) {
                add(Code.HEADER_FIELD_INVALID, 1, 16, "period " + from + " to " + to + " outside one fiscal year");
            }
            if (value(header, 17).length() > 30) {
                add(Code.HEADER_FIELD_INVALID, 1, 17, "Bezeichnung longer than 30 characters");
            }
            requireMatch(header, 21, "[01]");
            requireMatch(header, 22, "[A-Z]{3}");
        }
        return category;
    }

    private void checkControlCharacters(List<Cell> row, int line) {
        for (int field = 1; field <= row.size(); field++) {
            if (hasControlCharacter(row.get(field - 1).value())) {
                add(Code.CONTROL_CHARACTER, line, field, row.get(field - 1).value());
            }
        }
    }

    private static boolean[] flags(int... columns) {
        boolean[] flags = new boolean[126];
        for (int column : columns) {
            flags[column] = true;
        }
        return flags;
    }

    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Field checks of one Buchungsstapel row, format versions 9 to 13. */
    private record BookingRowChecks(ExtfChecks checks, List<Cell> row, int line, LocalDate[] period,
            int accountLength) {

        void run() {
            for (int column = 1; column <= Math.min(row.size(), 125); column++) {
                Cell cell = row.get(column - 1);
                boolean number = BOOKING_NUMBER_COLUMNS[column];
                if (number && cell.quoted()) {
                    checks.add(Code.NUMBER_QUOTED, line, column, cell.value());
                } else if (!number && !cell.quoted() && !cell.value().isEmpty()) {
                    checks.add(Code.TEXT_NOT_QUOTED, line, column, cell.value());
                }
            }
            match(1, UMSATZ, Code.AMOUNT_INVALID, false);
            match(2, SOLL_HABEN, Code.DEBIT_CREDIT_INVALID, false);
            account(7);
            account(8);
            match(9, TAX_KEY, Code.TAX_KEY_INVALID, true);
            belegdatum();
            match(11, BELEGFELD_1, Code.BELEGFELD_INVALID, true);
            match(12, BELEGFELD_2, Code.BELEGFELD_INVALID, true);
            match(13, SKONTO, Code.AMOUNT_INVALID, true);
            maxLength(14, 60);
            for (int column = 21; column <= 36; column += 2) {
                maxLength(column, 20);
                maxLength(column + 1, 210);
            }
            match(114, ZERO_OR_ONE, Code.FIELD_INVALID, true);
            match(117, TTMMJJJJ, Code.FIELD_INVALID, true);
            match(118, GENERALUMKEHR, Code.FIELD_INVALID, true);
        }

        private void match(int column, Pattern pattern, Code code, boolean optional) {
            if (column > row.size()) {
                return;
            }
            String value = row.get(column - 1).value();
            if ((value.isEmpty() && !optional) || (!value.isEmpty() && !pattern.matcher(value).matches())) {
                checks.add(code, line, column, value);
            }
        }

        private void account(int column) {
            String value = column <= row.size() ? row.get(column - 1).value() : "";
            if (!ACCOUNT.matcher(value).matches() || value.length() > accountLength + 1) {
                checks.add(Code.ACCOUNT_INVALID, line, column, value);
            }
        }

        private void maxLength(int column, int max) {
            if (column <= row.size() && row.get(column - 1).value().length() > max) {
                checks.add(Code.TEXT_TOO_LONG, line, column, row.get(column - 1).value());
            }
        }

        private void belegdatum() {
            String value = row.size() >= 10 ? row.get(9).value() : "";
            if (!TTMM.matcher(value).matches()) {
                checks.add(Code.BELEGDATUM_INVALID, line, 10, value);
                return;
            }
            int day = Integer.parseInt(value.substring(0, 2));
            int month = Integer.parseInt(value.substring(2));
            if (period[0] == null || period[1] == null) {
                if (!isRealDay(2024, month, day)) {
                    checks.add(Code.BELEGDATUM_INVALID, line, 10, value);
                }
                return;
            }
            // TTMM carries no year: the day counts as inside when it is in the period in either
            // calendar year the period touches.
            boolean real = false;
            boolean inside = false;
            for (int year = period[0].getYear(); year <= period[1].getYear(); year++) {
                if (isRealDay(year, month, day)) {
                    real = true;
                    LocalDate date = LocalDate.of(year, month, day);
                    inside |= !date.isBefore(period[0]) && !date.isAfter(period[1]);
                }
            }
            if (!real) {
                checks.add(Code.BELEGDATUM_INVALID, line, 10, value);
            } else if (!inside) {
                checks.add(Code.BELEGDATUM_OUTSIDE_PERIOD, line, 10, value);
            }
        }

        private static boolean isRealDay(int year, int month, int day) {
            try {
                LocalDate.of(year, month, day);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    private void requireMatch(List<Cell> header, int field, String regex) {
        if (!value(header, field).matches(regex)) {
            add(Code.HEADER_FIELD_INVALID, 1, field, value(header, field));
        }
    }

    private void requireRange(List<Cell> header, int field, int min, int max) {
        Integer number = number(header, field);
        if (number == null || number < min || number > max) {
            add(Code.HEADER_FIELD_INVALID, 1, field, value(header, field));
        }
    }

    private LocalDate requireDate(List<Cell> header, int field) {
        LocalDate date = date(header, field);
        if (date == null) {
            add(Code.HEADER_FIELD_INVALID, 1, field, value(header, field));
        }
        return date;
    }

    private void add(Code code, int line, int field, String detail) {
        findings.add(new ExtfFinding(code, line, field, detail));
    }

    private static String value(List<Cell> cells, int field) {
        return field <= cells.size() ? cells.get(field - 1).value() : "";
    }

    private static Integer number(List<Cell> cells, int field) {
        String value = value(cells, field);
        return value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
    }

    private static LocalDate date(List<Cell> cells, int field) {
        try {
            return LocalDate.parse(value(cells, field), YYYYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
