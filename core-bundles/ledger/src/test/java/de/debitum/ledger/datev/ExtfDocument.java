package de.debitum.ledger.datev;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An EXTF file as {@link ExtfReader} parsed it: header fields, column headings, data rows and
 * every problem found.
 */
record ExtfDocument(
        Encoding encoding,
        List<Cell> header,
        List<Cell> headings,
        List<List<Cell>> rows,
        List<ExtfFinding> findings) {

    /** How the bytes were decoded. */
    enum Encoding { WINDOWS_1252, UTF8, UTF8_WITH_BOM }

    /** One field: its value after unquoting and whether it was quoted. */
    record Cell(String value, boolean quoted) {
    }

    /** Returns header field {@code position} (1-based), or {@code ""} when the header is shorter. */
    String header(int position) {
        return position <= header.size() ? header.get(position - 1).value() : "";
    }

    /** Returns the value of {@code column} (1-based) in data row {@code row} (0-based). */
    String value(int row, int column) {
        List<Cell> cells = rows.get(row);
        return column <= cells.size() ? cells.get(column - 1).value() : "";
    }

    /** Returns the distinct finding codes, sorted. */
    Set<ExtfFinding.Code> codes() {
        Set<ExtfFinding.Code> codes = new TreeSet<>();
        findings.forEach(finding -> codes.add(finding.code()));
        return codes;
    }
}
