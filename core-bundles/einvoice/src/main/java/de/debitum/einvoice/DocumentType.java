package de.debitum.einvoice;

/** Document types (UNTDID 1001, BT-3) that German receivables use. */
public enum DocumentType {
    COMMERCIAL_INVOICE("380"),
    CREDIT_NOTE("381"),
    CORRECTED_INVOICE("384"),
    SELF_BILLED_INVOICE("389"),
    PARTIAL_CONSTRUCTION_INVOICE("875"),
    PARTIAL_FINAL_CONSTRUCTION_INVOICE("876"),
    FINAL_CONSTRUCTION_INVOICE("877"),
    /** A code outside this list; the record keeps the code and carries a warning. */
    OTHER(null);

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /** Returns the UNTDID 1001 code, or {@code null} for {@link #OTHER}. */
    public String code() {
        return code;
    }

    /** Returns the type for a code, or {@link #OTHER}. */
    public static DocumentType fromCode(String code) {
        for (DocumentType type : values()) {
            if (type.code != null && type.code.equals(code)) {
                return type;
            }
        }
        return OTHER;
    }
}
