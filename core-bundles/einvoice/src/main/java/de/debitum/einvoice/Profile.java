package de.debitum.einvoice;

import java.util.Locale;

/** The profile an invoice claims in its guideline or customization id (BT-24). */
public enum Profile {
    /** Factur-X / ZUGFeRD 2 MINIMUM: header totals only, a booking aid and no invoice in DE. */
    MINIMUM,
    /** Factur-X / ZUGFeRD 2 BASIC WL: no lines, a booking aid and no invoice in DE. */
    BASIC_WL,
    BASIC,
    EN16931,
    EXTENDED,
    XRECHNUNG,
    /** XRechnung extension (for example construction invoices). */
    XRECHNUNG_EXTENSION,
    ZUGFERD_1_BASIC,
    ZUGFERD_1_COMFORT,
    ZUGFERD_1_EXTENDED,
    /** A profile id this reader does not know. */
    UNKNOWN,
    /** No structured data: a plain PDF. */
    NONE;

    /** Returns {@code true} for the profiles that German VAT law does not accept as an invoice. */
    public boolean isBookingAidOnly() {
        return this == MINIMUM || this == BASIC_WL;
    }

    /** Maps a guideline id (BT-24) to its profile; unknown ids give {@link #UNKNOWN}. */
    public static Profile fromGuidelineId(String id) {
        if (id == null || id.isBlank()) {
            return UNKNOWN;
        }
        String lower = id.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("urn:ferd:crossindustrydocument:invoice:1p0:")) {
            return switch (lower.substring(lower.lastIndexOf(':') + 1)) {
                case "basic" -> ZUGFERD_1_BASIC;
                case "comfort" -> ZUGFERD_1_COMFORT;
                case "extended" -> ZUGFERD_1_EXTENDED;
                default -> UNKNOWN;
            };
        }
        if (lower.contains("xrechnung")) {
            return lower.contains(":extension:") ? XRECHNUNG_EXTENSION : XRECHNUNG;
        }
        if (lower.endsWith(":minimum")) {
            return MINIMUM;
        }
        if (lower.endsWith(":basicwl")) {
            return BASIC_WL;
        }
        if (lower.endsWith(":basic")) {
            return BASIC;
        }
        if (lower.endsWith(":extended")) {
            return EXTENDED;
        }
        if (lower.startsWith("urn:cen.eu:en16931:2017")) {
            return EN16931;
        }
        return UNKNOWN;
    }
}
