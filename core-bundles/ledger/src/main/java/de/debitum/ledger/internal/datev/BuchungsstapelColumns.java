package de.debitum.ledger.internal.datev;

import static de.debitum.ledger.internal.datev.ExtfColumn.number;
import static de.debitum.ledger.internal.datev.ExtfColumn.text;

import java.util.List;

/**
 * The 125 columns of Buchungsstapel format version 13, in file order.
 *
 * <p>Headings follow DATEV's sample file for format version 13 (developer.datev.de, DATEV-Format,
 * Einstieg). Text or number follows the field table of the same portal, where the expression of a
 * text field is enclosed in quotes. The version 9 sample in the shared corpus quotes exactly the
 * same columns 1-120. DATEV's importer reads columns by position, so the headings are for people.
 *
 * <p>Format version 13 rather than 9: DATEV's interface requirements demand at least version 12,
 * and version 13 (DATEV's current one) only adds column 125, Abw. Skontokonto, so older exporters
 * writing 9 (120 columns) are behind, not differently right.
 */
final class BuchungsstapelColumns {

    static final int FORMAT_VERSION = 13;

    static final int UMSATZ = 1;
    static final int SOLL_HABEN = 2;
    static final int WKZ_UMSATZ = 3;
    static final int KONTO = 7;
    static final int GEGENKONTO = 8;
    static final int BU_SCHLUESSEL = 9;
    static final int BELEGDATUM = 10;
    static final int BELEGFELD_1 = 11;
    static final int BELEGFELD_2 = 12;
    static final int SKONTO = 13;
    static final int BUCHUNGSTEXT = 14;
    static final int POSTENSPERRE = 15;
    static final int SACHVERHALT = 18;
    static final int ZINSSPERRE = 19;
    static final int BELEGINFO_ART_1 = 21;
    static final int FESTSCHREIBUNG = 114;
    static final int FAELLIGKEIT = 117;
    static final int GENERALUMKEHR = 118;

    static final List<ExtfColumn> COLUMNS = List.of(
            number("Umsatz (ohne Soll/Haben-Kz)"),
            text("Soll/Haben-Kennzeichen"),
            text("WKZ Umsatz"),
            number("Kurs"),
            number("Basis-Umsatz"),
            text("WKZ Basis-Umsatz"),
            number("Konto"),
            number("Gegenkonto (ohne BU-Schlüssel)"),
            text("BU-Schlüssel"),
            number("Belegdatum"),
            text("Belegfeld 1"),
            text("Belegfeld 2"),
            number("Skonto"),
            text("Buchungstext"),
            number("Postensperre"),
            text("Diverse Adressnummer"),
            number("Geschäftspartnerbank"),
            number("Sachverhalt"),
            number("Zinssperre"),
            text("Beleglink"),
            text("Beleginfo - Art 1"),
            text("Beleginfo - Inhalt 1"),
            text("Beleginfo - Art 2"),
            text("Beleginfo - Inhalt 2"),
            text("Beleginfo - Art 3"),
            text("Beleginfo - Inhalt 3"),
            text("Beleginfo - Art 4"),
            text("Beleginfo - Inhalt 4"),
            text("Beleginfo - Art 5"),
            text("Beleginfo - Inhalt 5"),
            text("Beleginfo - Art 6"),
            text("Beleginfo - Inhalt 6"),
            text("Beleginfo - Art 7"),
            text("Beleginfo - Inhalt 7"),
            text("Beleginfo - Art 8"),
            text("Beleginfo - Inhalt 8"),
            text("KOST1 - Kostenstelle"),
            text("KOST2 - Kostenstelle"),
            number("Kost-Menge"),
            text("EU-Land u. UStID (Bestimmung)"),
            number("EU-Steuersatz (Bestimmung)"),
            text("Abw. Versteuerungsart"),
            number("Sachverhalt L+L"),
            number("Funktionsergänzung L+L"),
            number("BU 49 Hauptfunktionstyp"),
            number("BU 49 Hauptfunktionsnummer"),
            number("BU 49 Funktionsergänzung"),
            text("Zusatzinformation - Art 1"),
            text("Zusatzinformation - Inhalt 1"),
            text("Zusatzinformation - Art 2"),
            text("Zusatzinformation - Inhalt 2"),
            text("Zusatzinformation - Art 3"),
            text("Zusatzinformation - Inhalt 3"),
            text("Zusatzinformation - Art 4"),
            text("Zusatzinformation - Inhalt 4"),
            text("Zusatzinformation - Art 5"),
            text("Zusatzinformation - Inhalt 5"),
            text("Zusatzinformation - Art 6"),
            text("Zusatzinformation - Inhalt 6"),
            text("Zusatzinformation - Art 7"),
            text("Zusatzinformation - Inhalt 7"),
            text("Zusatzinformation - Art 8"),
            text("Zusatzinformation - Inhalt 8"),
            text("Zusatzinformation - Art 9"),
            text("Zusatzinformation - Inhalt 9"),
            text("Zusatzinformation - Art 10"),
            text("Zusatzinformation - Inhalt 10"),
            text("Zusatzinformation - Art 11"),
            text("Zusatzinformation - Inhalt 11"),
            text("Zusatzinformation - Art 12"),
            text("Zusatzinformation - Inhalt 12"),
            text("Zusatzinformation - Art 13"),
            text("Zusatzinformation - Inhalt 13"),
            text("Zusatzinformation - Art 14"),
            text("Zusatzinformation - Inhalt 14"),
            text("Zusatzinformation - Art 15"),
            text("Zusatzinformation - Inhalt 15"),
            text("Zusatzinformation - Art 16"),
            text("Zusatzinformation - Inhalt 16"),
            text("Zusatzinformation - Art 17"),
            text("Zusatzinformation - Inhalt 17"),
            text("Zusatzinformation - Art 18"),
            text("Zusatzinformation - Inhalt 18"),
            text("Zusatzinformation - Art 19"),
            text("Zusatzinformation - Inhalt 19"),
            text("Zusatzinformation - Art 20"),
            text("Zusatzinformation - Inhalt 20"),
            number("Stück"),
            number("Gewicht"),
            number("Zahlweise"),
            text("Forderungsart"),
            number("Veranlagungsjahr"),
            number("Zugeordnete Fälligkeit"),
            number("Skontotyp"),
            text("Auftragsnummer"),
            text("Buchungstyp"),
            number("USt-Schlüssel (Anzahlungen)"),
            text("EU-Land (Anzahlungen)"),
            number("Sachverhalt L+L (Anzahlungen)"),
            number("EU-Steuersatz (Anzahlungen)"),
            number("Erlöskonto (Anzahlungen)"),
            text("Herkunft-Kz"),
            text("Buchungs GUID"),
            number("KOST-Datum"),
            text("SEPA-Mandatsreferenz"),
            number("Skontosperre"),
            text("Gesellschaftername"),
            number("Beteiligtennummer"),
            text("Identifikationsnummer"),
            text("Zeichnernummer"),
            number("Postensperre bis"),
            text("Bezeichnung SoBil-Sachverhalt"),
            number("Kennzeichen SoBil-Buchung"),
            number("Festschreibung"),
            number("Leistungsdatum"),
            number("Datum Zuord. Steuerperiode"),
            number("Fälligkeit"),
            text("Generalumkehr (GU)"),
            number("Steuersatz"),
            text("Land"),
            text("Abrechnungsreferenz"),
            number("BVV-Position"),
            text("EU-Land u. UStID (Ursprung)"),
            number("EU-Steuersatz (Ursprung)"),
            number("Abw. Skontokonto")    );

    private BuchungsstapelColumns() {
    }
}
