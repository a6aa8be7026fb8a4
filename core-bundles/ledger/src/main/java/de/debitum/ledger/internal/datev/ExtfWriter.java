package de.debitum.ledger.internal.datev;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import de.debitum.ledger.datev.DatevBooking;
import de.debitum.ledger.datev.DatevExport;
import de.debitum.ledger.datev.DatevExportException;
import de.debitum.ledger.datev.DatevExportSettings;
import de.debitum.ledger.datev.DatevExtfWriter;
import de.debitum.ledger.datev.ExportNotice;
import de.debitum.ledger.datev.ExportReport;
import de.debitum.ledger.datev.ExtfFile;
import de.debitum.ledger.datev.Personenkonto;

/** Writes EXTF files as {@link DatevExtfWriter} describes; one instance serves any number of exports. */
public final class ExtfWriter implements DatevExtfWriter {

    /** DATEV's time zone: the creation timestamp in the header is German local time. */
    public static final ZoneId DATEV_ZONE = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Clock clock;

    public ExtfWriter() {
        this(Clock.system(DATEV_ZONE));
    }

    /** Creates a writer whose header timestamps come from {@code clock}. */
    public ExtfWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DatevExport writeBuchungsstapel(DatevExportSettings settings, List<DatevBooking> bookings) {
        Objects.requireNonNull(settings, "settings");
        requireBound(bookings.size());
        List<ExportNotice> notices = new ArrayList<>();
        FieldSanitizer sanitizer = new FieldSanitizer(settings.unencodableCharacters(), notices);
        BuchungsstapelRow rows = new BuchungsstapelRow(settings, sanitizer);

        String description = sanitizer.text("Header", "Bezeichnung", settings.description(),
                ExtfHeader.DESCRIPTION_LENGTH);
        String[] header = ExtfHeader.buchungsstapel(settings, created(), description);
        String baseName = "EXTF_Buchungsstapel_" + settings.periodStart().format(FILE_DATE) + "_"
                + settings.periodEnd().format(FILE_DATE);

        List<ExtfFile> files = write(header, BuchungsstapelColumns.COLUMNS, bookings, rows::values, baseName);
        return new DatevExport(files, new ExportReport(notices));
    }

    @Override
    public DatevExport writeDebitorenKreditoren(DatevExportSettings settings, List<Personenkonto> accounts) {
        Objects.requireNonNull(settings, "settings");
        requireBound(accounts.size());
        List<ExportNotice> notices = new ArrayList<>();
        FieldSanitizer sanitizer = new FieldSanitizer(settings.unencodableCharacters(), notices);
        PersonenkontoRow rows = new PersonenkontoRow(settings, sanitizer);

        String[] header = ExtfHeader.debitorenKreditoren(settings, created());
        List<ExtfFile> files = write(header, DebitorenKreditorenColumns.COLUMNS, accounts, rows::values,
                "EXTF_Debitoren_Kreditoren");
        return new DatevExport(files, new ExportReport(notices));
    }

    /**
     * Writes the rows into files of at most {@link #MAX_ROWS_PER_FILE} rows each, every file with
     * the same header and column line. Only one file's text is built at a time. Split files are
     * numbered: {@code _1}, {@code _2}, and so on.
     */
    private <T> List<ExtfFile> write(String[] header, List<ExtfColumn> columns, List<T> items,
            Function<T, String[]> toValues, String baseName) {
        List<byte[]> contents = new ArrayList<>();
        List<Integer> rowCounts = new ArrayList<>();
        ExtfText text = null;
        int rows = 0;
        for (T item : items) {
            String[] values = toValues.apply(item);
            if (values == null) {
                continue;
            }
            if (text == null) {
                text = new ExtfText();
                text.header(header, ExtfHeader.quotedFields());
                text.headings(columns);
            }
            text.row(columns, values);
            rows++;
            if (rows == MAX_ROWS_PER_FILE) {
                contents.add(text.toWindows1252());
                rowCounts.add(rows);
                text = null;
                rows = 0;
            }
        }
        if (text != null) {
            contents.add(text.toWindows1252());
            rowCounts.add(rows);
        }

        List<ExtfFile> files = new ArrayList<>(contents.size());
        for (int part = 0; part < contents.size(); part++) {
            String name = contents.size() == 1 ? baseName + ".csv" : baseName + "_" + (part + 1) + ".csv";
            files.add(new ExtfFile(name, contents.get(part), rowCounts.get(part)));
        }
        return files;
    }

    private LocalDateTime created() {
        return LocalDateTime.now(clock.withZone(DATEV_ZONE));
    }

    private static void requireBound(int rows) {
        if (rows > MAX_ROWS_PER_EXPORT) {
            throw new DatevExportException(
                    rows + " Zeilen in einem Export, erlaubt sind höchstens " + MAX_ROWS_PER_EXPORT
                            + ". Bitte den Zeitraum teilen.",
                    rows + " rows in one export, at most " + MAX_ROWS_PER_EXPORT + " are allowed."
                            + " Split the period.");
        }
    }
}
