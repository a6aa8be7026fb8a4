package de.debitum.ledger.datev;

/**
 * One problem {@link ExtfReader} found in an EXTF file.
 *
 * @param code what is wrong
 * @param line 1-based line of the record, 0 for the whole file
 * @param field 1-based field within the record, 0 for the whole record
 * @param detail the offending value or a short explanation
 */
record ExtfFinding(Code code, int line, int field, String detail) {

    enum Code {
        /** The file is larger than the reader's bound. */
        FILE_TOO_LARGE,
        /** The first field is not "EXTF" (or "DTVF"): this is not a DATEV-Format file. */
        NOT_EXTF,
        /** The file starts with a UTF-8 byte order mark instead of being Windows-1252. */
        UTF8_BOM,
        /** Non-ASCII text is encoded as UTF-8, which DATEV reads as Windows-1252 mojibake. */
        UTF8_TEXT,
        /** A byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
        UNDEFINED_BYTE,
        /** A line ends with LF or CR alone, or the last line has no line end. */
        LINE_END_NOT_CRLF,
        /** A quote inside an unquoted field, or text after a closing quote. */
        MALFORMED_QUOTES,
        /** A quoted field is still open at the end of the file. */
        UNCLOSED_QUOTE,
        /** A field contains a line break, tab or other control character. */
        CONTROL_CHARACTER,
        /** The header line does not have 31 fields. */
        HEADER_FIELD_COUNT,
        /** The header version (field 2) is not 700. */
        HEADER_VERSION,
        /** The format category (field 3) is unknown, or the format name (field 4) does not match it. */
        UNKNOWN_FORMAT,
        /** The format version (field 5) has no known column count. */
        UNKNOWN_FORMAT_VERSION,
        /** The format version is below the minimum DATEV's interface requirements demand. */
        OUTDATED_FORMAT_VERSION,
        /** A header field has a wrong value or quoting. */
        HEADER_FIELD_INVALID,
        /** The column line does not have the column count of the declared format version. */
        COLUMN_COUNT,
        /** A data row does not have the column count of the declared format version. */
        ROW_FIELD_COUNT,
        /** A Buchungsstapel file has more than 99,999 rows. */
        TOO_MANY_ROWS,
        /** A text column contains an unquoted value. */
        TEXT_NOT_QUOTED,
        /** A number column contains a quoted value. */
        NUMBER_QUOTED,
        /** Umsatz (or Skonto) is not a positive amount with a decimal comma and two decimals. */
        AMOUNT_INVALID,
        /** The Soll/Haben-Kennzeichen is not S or H. */
        DEBIT_CREDIT_INVALID,
        /** Konto or Gegenkonto is empty, has a leading zero, non-digits or too many digits. */
        ACCOUNT_INVALID,
        /** The BU-Schlüssel is not one to four digits. */
        TAX_KEY_INVALID,
        /** The Belegdatum is not a real day in TTMM form. */
        BELEGDATUM_INVALID,
        /** The Belegdatum lies outside the header's period. */
        BELEGDATUM_OUTSIDE_PERIOD,
        /** Belegfeld 1 or 2 has characters DATEV does not allow or is too long. */
        BELEGFELD_INVALID,
        /** A text is longer than its field allows. */
        TEXT_TOO_LONG,
        /** Another field does not match DATEV's expression for it. */
        FIELD_INVALID
    }
}
