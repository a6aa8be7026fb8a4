package de.debitum.dunning.internal.calendar;

import java.util.Locale;

/** The sixteen German federal states (Länder), by their ISO 3166-2:DE subdivision code. */
public enum FederalState {
    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    FederalState(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    /**
     * Parses a state code such as {@code SN} or {@code DE-SN}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the valid codes
     */
    public static FederalState fromCode(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (normalized.startsWith("DE-")) {
            normalized = normalized.substring(3);
        }
        for (FederalState state : values()) {
            if (state.name().equals(normalized)) {
                return state;
            }
        }
        throw new IllegalArgumentException("Unbekanntes Bundesland \"" + code + "\"; gültig sind BW, BY, BE, BB,"
                + " HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH. / Unknown federal state \"" + code + "\";"
                + " use one of those ISO 3166-2:DE codes.");
    }
}
