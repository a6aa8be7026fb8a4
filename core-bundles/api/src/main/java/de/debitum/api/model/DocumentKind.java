package de.debitum.api.model;

/** Kind of a receivable document, with its UNTDID 1001 code as EN 16931 uses it (BT-3). */
public enum DocumentKind {
    INVOICE("380"),
    CREDIT_NOTE("381"),
    CORRECTED_INVOICE("384"),
    /** A cancellation (Storno) of an earlier invoice, naming it as preceding document; 457 is "reversal of debit". */
    CANCELLATION("457");

    private final String untdidCode;

    DocumentKind(String untdidCode) {
        this.untdidCode = untdidCode;
    }

    public String untdidCode() {
        return untdidCode;
    }
}
