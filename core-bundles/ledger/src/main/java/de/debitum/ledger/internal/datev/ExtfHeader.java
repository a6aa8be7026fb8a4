package de.debitum.ledger.internal.datev;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import de.debitum.ledger.datev.DatevExportSettings;

/**
 * The 31 fields of the EXTF header line, header version 700, in the shape of DATEV's sample
 * (developer.datev.de, DATEV-Format, Header and Einstieg):
 * {@code "EXTF";700;21;"Buchungsstapel";13;<Erzeugt am>;;"RE";"";"";<Berater>;<Mandant>;<WJ-Beginn>;
 * <Sachkontenlänge>;<Datum vom>;<Datum bis>;"<Bezeichnung>";"";1;0;<Festschreibung>;"EUR";;"";;;"03";;;"";""}.
 * Master data (category 16) leaves fields 15-21 empty and the currency empty.
 */
final class ExtfHeader {

    static final int FIELD_COUNT = 31;
    static final int HEADER_VERSION = 700;
    static final int DESCRIPTION_LENGTH = 30;

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** Header fields DATEV writes in quotes (1-based positions). */
    private static final int[] TEXT_FIELDS = {1, 4, 8, 9, 10, 17, 18, 22, 24, 27, 30, 31};

    /** Herkunft (field 8): the two-letter origin code of DATEV's sample file. */
    private static final String HERKUNFT = "RE";

    private ExtfHeader() {
    }

    /** Returns which header fields are quoted text. */
    static boolean[] quotedFields() {
        boolean[] quoted = new boolean[FIELD_COUNT];
        for (int field : TEXT_FIELDS) {
            quoted[field - 1] = true;
        }
        return quoted;
    }

    /**
     * Returns the header fields of a Buchungsstapel file.
     *
     * @param description the Bezeichnung, already sanitized to 30 characters
     */
    static String[] buchungsstapel(DatevExportSettings settings, LocalDateTime created, String description) {
        String[] fields = common(settings, created, 21, "Buchungsstapel", BuchungsstapelColumns.FORMAT_VERSION);
        fields[14] = settings.periodStart().format(DATE);
        fields[15] = settings.periodEnd().format(DATE);
        fields[16] = description;
        fields[18] = "1"; // Buchungstyp 1: Finanzbuchführung
        fields[19] = "0"; // Rechnungslegungszweck 0: independent of the purpose
        // Festschreibung is always written, because DATEV's field table documents that an empty
        // one is locked automatically.
        fields[20] = settings.locked() ? "1" : "0";
        fields[21] = settings.currency().getCurrencyCode();
        return fields;
    }

    /** Returns the header fields of a Debitoren/Kreditoren file. */
    static String[] debitorenKreditoren(DatevExportSettings settings, LocalDateTime created) {
        return common(settings, created, 16, "Debitoren/Kreditoren", DebitorenKreditorenColumns.FORMAT_VERSION);
    }

    private static String[] common(DatevExportSettings settings, LocalDateTime created, int category,
            String formatName, int formatVersion) {
        String[] fields = new String[FIELD_COUNT];
        fields[0] = "EXTF";
        fields[1] = String.valueOf(HEADER_VERSION);
        fields[2] = String.valueOf(category);
        fields[3] = formatName;
        fields[4] = String.valueOf(formatVersion);
        fields[5] = created.format(CREATED);
        fields[7] = HERKUNFT;
        fields[10] = String.valueOf(settings.consultantNumber());
        fields[11] = String.valueOf(settings.clientNumber());
        fields[12] = settings.fiscalYearStart().format(DATE);
        fields[13] = String.valueOf(settings.accountLength());
        fields[26] = settings.chart().headerCode();
        return fields;
    }
}
