package de.debitum.ledger.datev;

import java.time.LocalDate;

/**
 * Open-item (OPOS) information of a booking on a debtor account. The writer drops it, and reports
 * that, when neither Konto nor Gegenkonto of the booking is a debtor account.
 *
 * @param faelligkeit due date of the open item (column 117), or {@code null}
 * @param postensperre excludes the item from dunning and payment proposals (column 15)
 * @param zinssperre excludes the item from dunning interest (column 19)
 * @param sachverhalt marks the booking as dunning interest or fee (column 18), or {@code null}
 */
public record OposFields(LocalDate faelligkeit, boolean postensperre, boolean zinssperre, Sachverhalt sachverhalt) {

    /** Returns OPOS fields that carry only a due date. */
    public static OposFields dueOn(LocalDate faelligkeit) {
        return new OposFields(faelligkeit, false, false, null);
    }
}
