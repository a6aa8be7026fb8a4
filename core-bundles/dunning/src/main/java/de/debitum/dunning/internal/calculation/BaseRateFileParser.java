package de.debitum.dunning.internal.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a base-rate file: one line per half-year, {@code first day;rate in percent}, e.g.
 * {@code 2026-01-01;1.27} or {@code 01.01.2026;1,27}. Blank lines and lines starting with
 * {@code #} are ignored.
 *
 * <p>The Bundesbank announces the rate for every half-year, also when it stays the same, so the
 * file must list every 1 January and 1 July without a gap, in ascending order. A gap would leave
 * days without a known rate.
 */
final class BaseRateFileParser {

    /** Bound on the file size; the Bundesbank table since 2002 needs about 1 KiB. */
    static final int MAX_CHARACTERS = 64 * 1024;
    static final int MAX_LINES = 2_000;

    private static final BigDecimal MIN_PERCENT = new BigDecimal("-10");
    private static final BigDecimal MAX_PERCENT = new BigDecimal("20");
    private static final Pattern RATE = Pattern.compile("[+-]?\\d{1,2}([.,]\\d{1,2})?");
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final String VALID_LINE = "2026-01-01;1.27";

    private BaseRateFileParser() {
    }

    static List<BaseRate> parse(String content, String source) {
        if (content.length() > MAX_CHARACTERS) {
            throw new BaseRateFileException(source, 0,
                    "Die Datei ist größer als " + MAX_CHARACTERS + " Zeichen; erwartet wird eine Zeile je Halbjahr.",
                    "the file is larger than " + MAX_CHARACTERS + " characters; one line per half-year is expected.");
        }
        String[] lines = content.split("\\R", -1);
        if (lines.length > MAX_LINES) {
            throw new BaseRateFileException(source, 0,
                    "Die Datei hat mehr als " + MAX_LINES + " Zeilen.", "the file has more than " + MAX_LINES + " lines.");
        }

        List<BaseRate> rates = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? stripByteOrderMark(lines[i]).trim() : lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            BaseRate rate = parseLine(line, i + 1, source);
            requireNextHalfYear(rates, rate, i + 1, source);
            rates.add(rate);
        }

        if (rates.isEmpty()) {
            throw new BaseRateFileException(source, 0,
                    "Die Datei enthält keinen Basiszinssatz; erwartet werden Zeilen wie " + VALID_LINE + ".",
                    "the file contains no base rate; lines like " + VALID_LINE + " are expected.");
        }
        return List.copyOf(rates);
    }

    private static BaseRate parseLine(String line, int lineNumber, String source) {
        String[] fields = line.split(";", -1);
        if (fields.length != 2) {
            throw new BaseRateFileException(source, lineNumber,
                    "\"" + shorten(line) + "\" hat nicht zwei durch ; getrennte Felder; erwartet z. B. " + VALID_LINE + ".",
                    "\"" + shorten(line) + "\" does not have two fields separated by ;, e.g. " + VALID_LINE + ".");
        }
        LocalDate validFrom = parseDate(fields[0].trim(), lineNumber, source);
        if (validFrom.getDayOfMonth() != 1 || (validFrom.getMonthValue() != 1 && validFrom.getMonthValue() != 7)) {
            throw new BaseRateFileException(source, lineNumber,
                    "Der Basiszinssatz ändert sich nur zum 1. Januar und 1. Juli (§ 247 BGB), nicht am " + validFrom + ".",
                    "the base rate changes only on 1 January and 1 July (§ 247 BGB), not on " + validFrom + ".");
        }
        return new BaseRate(validFrom, parsePercent(fields[1].trim(), lineNumber, source));
    }

    private static LocalDate parseDate(String text, int lineNumber, String source) {
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BaseRateFileException(source, lineNumber,
                    "\"" + shorten(text) + "\" ist kein Datum; erwartet JJJJ-MM-TT oder TT.MM.JJJJ, z. B. 2026-01-01.",
                    "\"" + shorten(text) + "\" is not a date; use YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-01-01.");
        }
    }

    private static BigDecimal parsePercent(String text, int lineNumber, String source) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        if (!RATE.matcher(number).matches()) {
            throw new BaseRateFileException(source, lineNumber,
                    "\"" + shorten(text) + "\" ist kein Zinssatz in Prozent mit höchstens zwei Nachkommastellen, z. B. 1,27.",
                    "\"" + shorten(text) + "\" is not a rate in percent with at most two decimals, e.g. 1.27.");
        }
        BigDecimal percent = new BigDecimal(number.replace(',', '.'));
        if (percent.compareTo(MIN_PERCENT) < 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw new BaseRateFileException(source, lineNumber,
                    "Der Zinssatz " + text + " liegt nicht zwischen " + MIN_PERCENT + " und " + MAX_PERCENT + " Prozent.",
                    "the rate " + text + " is not between " + MIN_PERCENT + " and " + MAX_PERCENT + " percent.");
        }
        return percent;
    }

    private static void requireNextHalfYear(List<BaseRate> rates, BaseRate rate, int lineNumber, String source) {
        if (rates.isEmpty()) {
            return;
        }
        LocalDate expected = rates.get(rates.size() - 1).validFrom().plusMonths(6);
        if (!rate.validFrom().equals(expected)) {
            throw new BaseRateFileException(source, lineNumber,
                    "Erwartet wird das Halbjahr ab " + expected + ", gefunden " + rate.validFrom()
                            + "; die Zeilen müssen lückenlos und aufsteigend sein.",
                    "expected the half-year from " + expected + ", found " + rate.validFrom()
                            + "; lines must be ascending without a gap.");
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
