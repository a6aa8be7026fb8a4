package de.debitum.ledger.internal.booking;

import java.math.BigDecimal;
import java.util.Set;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.model.VatLine;

/**
 * Revenue account and DATEV tax key (BU-Schlüssel) of one VAT line, from its EN 16931 category
 * (BT-118) and rate (BT-119). Keys 3 (19 %) and 2 (7 %) are DATEV's standard keys for output VAT.
 */
record VatTreatment(AccountRole revenueRole, String taxKey) {

    private static final BigDecimal NINETEEN = new BigDecimal("19");
    private static final BigDecimal SEVEN = new BigDecimal("7");
    private static final Set<String> TAX_FREE = Set.of("E", "Z", "O", "L", "M");

    static VatTreatment of(VatLine line, String documentNumber) {
        String category = line.category();
        if ("S".equals(category)) {
            if (line.rate().compareTo(NINETEEN) == 0) {
                return new VatTreatment(AccountRole.REVENUE_19, "3");
            }
            if (line.rate().compareTo(SEVEN) == 0) {
                return new VatTreatment(AccountRole.REVENUE_7, "2");
            }
            throw new UnbookableEvent("Document " + documentNumber + " has VAT rate " + line.rate().stripTrailingZeros()
                    .toPlainString() + " %, for which the ledger has no revenue account; only 19 % and 7 % are booked.");
        }
        if ("AE".equals(category)) {
            return new VatTreatment(AccountRole.REVENUE_REVERSE_CHARGE, null);
        }
        if ("K".equals(category)) {
            return new VatTreatment(AccountRole.REVENUE_INTRA_EU, null);
        }
        if ("G".equals(category)) {
            return new VatTreatment(AccountRole.REVENUE_EXPORT, null);
        }
        if (TAX_FREE.contains(category)) {
            return new VatTreatment(AccountRole.REVENUE_TAX_FREE, null);
        }
        throw new UnbookableEvent("Document " + documentNumber + " has VAT category '" + category
                + "', which the ledger does not know; use an EN 16931 category (S, AE, K, G, E, Z, O, L, M).");
    }
}
