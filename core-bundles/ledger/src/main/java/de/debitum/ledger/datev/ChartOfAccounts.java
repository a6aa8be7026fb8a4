package de.debitum.ledger.datev;

import java.util.Set;

/**
 * DATEV standard chart of accounts (Sachkontenrahmen, EXTF header field 27) with the revenue
 * accounts that DATEV marks as automatic accounts (AM): DATEV computes their tax itself, so a
 * booking on them carries no BU-Schlüssel.
 *
 * <p>NOTE: the default automatic accounts are the common revenue accounts as the datev-extf
 * validator (seamless-engineering/datev-extf, src/extf.ts) lists them from the DATEV-Kontenrahmen
 * SKR03 and SKR04, not the full list. Cash-discount accounts (gewährte Skonti) are not among them.
 * A tenant whose chart has more automatic accounts names them in
 * {@link DatevExportSettings#automaticAccounts()}.
 */
public enum ChartOfAccounts {

    /** SKR03 (process-oriented chart): revenue 19 % on 8400, 7 % on 8300. */
    SKR03("03", Set.of(8120, 8125, 8300, 8310, 8315, 8336, 8338, 8400, 8449)),

    /** SKR04 (balance-sheet-oriented chart): revenue 19 % on 4400, 7 % on 4300. */
    SKR04("04", Set.of(4120, 4125, 4300, 4310, 4315, 4336, 4338, 4400, 4449));

    private final String headerCode;
    private final Set<Integer> defaultAutomaticAccounts;

    ChartOfAccounts(String headerCode, Set<Integer> defaultAutomaticAccounts) {
        this.headerCode = headerCode;
        this.defaultAutomaticAccounts = defaultAutomaticAccounts;
    }

    /** Returns the two-digit code DATEV expects in header field 27, such as {@code 03}. */
    public String headerCode() {
        return headerCode;
    }

    /** Returns the automatic accounts used when the settings name none. */
    public Set<Integer> defaultAutomaticAccounts() {
        return defaultAutomaticAccounts;
    }
}
