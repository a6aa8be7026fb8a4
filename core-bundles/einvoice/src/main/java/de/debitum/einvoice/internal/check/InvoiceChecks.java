package de.debitum.einvoice.internal.check;

import java.math.BigDecimal;

import de.debitum.einvoice.DocumentType;
import de.debitum.einvoice.InvoiceFlag;
import de.debitum.einvoice.Totals;
import de.debitum.einvoice.WarningCode;
import de.debitum.einvoice.internal.InvoiceDraft;

/** Checks a structured draft and adds warnings and flags; none of them rejects the file. */
public final class InvoiceChecks {

    private InvoiceChecks() {
    }

    /** Applies all checks; {@code xml} is the invoice XML that Mustang recalculates. */
    public static void apply(InvoiceDraft draft, byte[] xml) {
        checkProfile(draft);
        checkDocumentType(draft);
        checkPayeeAccounts(draft);
        if (!draft.profile.isBookingAidOnly()) {
            checkRecalculation(draft, xml);
        }
    }

    /** MINIMUM and BASIC WL carry no invoice lines and are no invoice under German VAT law. */
    static void checkProfile(InvoiceDraft draft) {
        if (draft.profile.isBookingAidOnly()) {
            draft.flags.add(InvoiceFlag.BOOKING_AID_ONLY);
            draft.warn(WarningCode.BOOKING_AID_PROFILE,
                    "Profil " + draft.profile + " ist nach deutschem Umsatzsteuerrecht keine Rechnung; als"
                            + " Buchungshilfe importiert, nicht mahnfähig.",
                    "Profile " + draft.profile + " is not an invoice under German VAT law; imported as a"
                            + " booking aid, not dunned.");
        }
    }

    static void checkDocumentType(InvoiceDraft draft) {
        DocumentType type = DocumentType.fromCode(draft.typeCode);
        if (type == DocumentType.OTHER) {
            draft.warn(WarningCode.DOCUMENT_TYPE_UNLISTED,
                    "Dokumentart " + draft.typeCode + " ist keine der erwarteten (380, 381, 384, 389, 875, 876, 877);"
                            + " bitte die Art prüfen.",
                    "Document type " + draft.typeCode + " is none of the expected ones (380, 381, 384, 389, 875,"
                            + " 876, 877); check the type.");
        }
        Totals totals = draft.totals;
        if (type == DocumentType.COMMERCIAL_INVOICE && totals.grandTotal() != null && totals.grandTotal().signum() < 0) {
            draft.warn(WarningCode.NEGATIVE_TOTAL_ON_INVOICE,
                    "Rechnung (380) mit negativem Gesamtbetrag " + totals.grandTotal()
                            + "; vermutlich eine Gutschrift, die als 381 hätte gesendet werden sollen.",
                    "Invoice (380) with negative grand total " + totals.grandTotal()
                            + "; probably a credit note that should have been sent as 381.");
        }
    }

    static void checkPayeeAccounts(InvoiceDraft draft) {
        int count = draft.payment.payeeAccounts().size();
        if (count > 1) {
            draft.warn(WarningCode.SEVERAL_PAYEE_ACCOUNTS,
                    count + " Zahlungskonten angegeben; Zahlungen werden auf dem ersten erwartet ("
                            + masked(draft.payment.expectedIban()) + ").",
                    count + " payee accounts given; payment is expected on the first ("
                            + masked(draft.payment.expectedIban()) + ").");
        }
    }

    /** Keeps the stated totals; a differing recalculation becomes a warning with both figures. */
    static void checkRecalculation(InvoiceDraft draft, byte[] xml) {
        if (draft.lineCount == 0) {
            draft.warn(WarningCode.RECALCULATION_UNAVAILABLE,
                    "Die Rechnung enthält keine Positionen, daher lassen sich die Summen nicht nachrechnen; die"
                            + " angegebenen Summen wurden ungeprüft übernommen.",
                    "The invoice has no lines, so its totals cannot be recalculated; the stated totals were"
                            + " imported unchecked.");
            return;
        }
        MustangRecalculation.Figures figures;
        try {
            figures = MustangRecalculation.recalculate(xml);
        } catch (Exception | LinkageError e) {
            draft.warn(WarningCode.RECALCULATION_UNAVAILABLE,
                    "Mustang konnte die Summen nicht nachrechnen (" + e.getMessage()
                            + "); die angegebenen Summen wurden ungeprüft übernommen.",
                    "Mustang could not recalculate the totals (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "); the stated totals were imported unchecked.");
            return;
        }
        Totals totals = draft.totals;
        compare(draft, "Gesamtbetrag", "grand total", totals.grandTotal().amount(), figures.grandTotal());
        compare(draft, "Zahlbetrag", "amount due", totals.amountDue().amount(), figures.amountDue());
    }

    private static void compare(InvoiceDraft draft, String labelDe, String labelEn, BigDecimal stated,
            BigDecimal recalculated) {
        if (stated.compareTo(recalculated) != 0) {
            draft.warn(WarningCode.RECALCULATION_DIFFERS,
                    labelDe + " laut Rechnung " + stated.toPlainString() + ", von Mustang nachgerechnet "
                            + recalculated.toPlainString() + "; der angegebene Betrag wurde übernommen.",
                    labelEn + " stated " + stated.toPlainString() + ", recalculated by Mustang "
                            + recalculated.toPlainString() + "; the stated amount was imported.");
        }
    }

    /** Shows only country, check digits and the last four characters of an IBAN. */
    public static String masked(String iban) {
        if (iban == null || iban.length() < 8) {
            return iban;
        }
        return iban.substring(0, 4) + "…" + iban.substring(iban.length() - 4);
    }
}
