package de.debitum.dunning.internal.calculation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The base rate (Basiszinssatz) of § 247 BGB per half-year. It changes on 1 January and 1 July
 * and the Deutsche Bundesbank announces each value. The table ships as a resource and an operator
 * can replace it at run time with a file of the same format, so a new rate needs no release.
 */
public final class BaseRateTable {

    static final String BUNDLED_RESOURCE = "base-rates.csv";

    private final List<BaseRate> rates;
    private final String source;

    private BaseRateTable(List<BaseRate> rates, String source) {
        this.rates = rates;
        this.source = source;
    }

    /** Returns the table shipped with this bundle (values from the Bundesbank's table). */
    public static BaseRateTable bundled() {
        try (InputStream in = BaseRateTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled resource " + BUNDLED_RESOURCE + " is missing from the"
                        + " dunning bundle; rebuild the bundle.");
            }
            byte[] bytes = in.readNBytes(BaseRateFileParser.MAX_CHARACTERS + 1);
            return parse(new String(bytes, StandardCharsets.UTF_8), "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the bundled " + BUNDLED_RESOURCE + " failed", e);
        }
    }

    /**
     * Parses a table from text.
     *
     * @param source the file's name for error messages
     * @throws BaseRateFileException naming the line and what a valid line looks like
     */
    public static BaseRateTable parse(String content, String source) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        return new BaseRateTable(BaseRateFileParser.parse(content, source), source);
    }

    /**
     * Loads an operator-supplied file (UTF-8).
     *
     * @throws BaseRateFileException if the file is missing, too large, unreadable or invalid
     */
    public static BaseRateTable load(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > BaseRateFileParser.MAX_CHARACTERS) {
                throw new BaseRateFileException(source, 0,
                        "Die Datei ist größer als " + BaseRateFileParser.MAX_CHARACTERS + " Bytes.",
                        "the file is larger than " + BaseRateFileParser.MAX_CHARACTERS + " bytes.");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (NoSuchFileException e) {
            throw new BaseRateFileException(source, 0, "Die Datei wurde nicht gefunden; Pfad prüfen.",
                    "the file was not found; check the path.");
        } catch (IOException e) {
            throw new BaseRateFileException(source, 0, "Die Datei ist nicht lesbar (" + e.getMessage() + ").",
                    "the file cannot be read (" + e.getMessage() + ").");
        }
    }

    public List<BaseRate> rates() {
        return rates;
    }

    /** Returns the file or resource the table came from. */
    public String source() {
        return source;
    }

    public LocalDate firstCoveredDay() {
        return rates.get(0).validFrom();
    }

    /** Returns the last day of the half-year that the newest entry starts. */
    public LocalDate lastCoveredDay() {
        return rates.get(rates.size() - 1).validFrom().plusMonths(6).minusDays(1);
    }

    /**
     * Returns the base rate in percent on a day.
     *
     * @throws BaseRateUnknownException if the day is outside the table
     */
    public BigDecimal percentOn(LocalDate day) {
        return rates.get(indexOn(day)).percent();
    }

    /**
     * Returns the first day after {@code day} on which the rate differs, or the day after the
     * table's end. Half-years with an unchanged rate are passed over.
     */
    LocalDate nextChangeAfter(LocalDate day) {
        int index = indexOn(day);
        BigDecimal percent = rates.get(index).percent();
        for (int i = index + 1; i < rates.size(); i++) {
            if (rates.get(i).percent().compareTo(percent) != 0) {
                return rates.get(i).validFrom();
            }
        }
        return lastCoveredDay().plusDays(1);
    }

    private int indexOn(LocalDate day) {
        if (day.isBefore(firstCoveredDay()) || day.isAfter(lastCoveredDay())) {
            throw new BaseRateUnknownException(day, firstCoveredDay(), lastCoveredDay());
        }
        int index = rates.size() - 1;
        while (rates.get(index).validFrom().isAfter(day)) {
            index--;
        }
        return index;
    }
}
