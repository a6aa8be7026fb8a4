package de.debitum.ledger.internal.datev;

/**
 * One column of an EXTF format: its heading and whether DATEV writes it as quoted text. Empty text
 * columns are written as {@code ""}, empty number and date columns as nothing.
 */
record ExtfColumn(String heading, boolean text) {

    static ExtfColumn text(String heading) {
        return new ExtfColumn(heading, true);
    }

    static ExtfColumn number(String heading) {
        return new ExtfColumn(heading, false);
    }
}
