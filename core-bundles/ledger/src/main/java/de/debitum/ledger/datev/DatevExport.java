package de.debitum.ledger.datev;

import java.util.List;

/**
 * The result of one export: its files (several when the rows exceed DATEV's limit per file) and
 * the report of every value the writer changed.
 */
public record DatevExport(List<ExtfFile> files, ExportReport report) {

    public DatevExport {
        files = List.copyOf(files);
    }

    /** Returns the data rows of all files together. */
    public int rowCount() {
        return files.stream().mapToInt(ExtfFile::rowCount).sum();
    }
}
