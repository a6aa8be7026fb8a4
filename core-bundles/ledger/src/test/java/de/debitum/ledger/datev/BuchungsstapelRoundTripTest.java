package de.debitum.ledger.datev;

import static de.debitum.ledger.datev.DatevTestData.JANUARY_15;
import static de.debitum.ledger.datev.DatevTestData.january;
import static de.debitum.ledger.datev.DatevTestData.rechnung;
import static de.debitum.ledger.datev.DatevTestData.settings;
import static de.debitum.ledger.datev.DatevTestData.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;
import de.debitum.ledger.datev.ExportNotice.Kind;

class BuchungsstapelRoundTripTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void rechnungRoundTrip() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(rechnung("B-1").build()));

        ExtfDocument file = readSingle(export);
        assertThat(export.files().get(0).fileName()).isEqualTo("EXTF_Buchungsstapel_20250101_20250131.csv");
        assertThat(file.header()).hasSize(31);
        assertThat(file.header(1)).isEqualTo("EXTF");
        assertThat(file.header(2)).isEqualTo("700");
        assertThat(file.header(3)).isEqualTo("21");
        assertThat(file.header(4)).isEqualTo("Buchungsstapel");
        assertThat(file.header(5)).isEqualTo("13");
        assertThat(file.header(6)).isEqualTo("20250203103000000");
        assertThat(file.header(11)).isEqualTo("29098");
        assertThat(file.header(12)).isEqualTo("55003");
        assertThat(file.header(13)).isEqualTo("20250101");
        assertThat(file.header(14)).isEqualTo("4");
        assertThat(file.header(15)).isEqualTo("20250101");
        assertThat(file.header(16)).isEqualTo("20250131");
        assertThat(file.header(17)).isEqualTo("Debitum Januar 2025");
        assertThat(file.header(21)).isEqualTo("0");
        assertThat(file.header(22)).isEqualTo("EUR");
        assertThat(file.header(27)).isEqualTo("03");
        assertThat(file.headings()).hasSize(125);
        assertThat(file.headings().get(0).value()).isEqualTo("Umsatz (ohne Soll/Haben-Kz)");
        assertThat(file.headings().get(124).value()).isEqualTo("Abw. Skontokonto");

        assertThat(file.rows()).hasSize(1);
        assertThat(file.rows().get(0)).hasSize(125);
        assertThat(file.value(0, 1)).isEqualTo("119,00");
        assertThat(file.value(0, 2)).isEqualTo("S");
        assertThat(file.value(0, 3)).isEqualTo("EUR");
        assertThat(file.value(0, 7)).isEqualTo("10000");
        assertThat(file.value(0, 8)).isEqualTo("8400");
        assertThat(file.value(0, 9)).isEmpty();
        assertThat(file.value(0, 10)).isEqualTo("1501");
        assertThat(file.value(0, 11)).isEqualTo("RE2025-0001");
        assertThat(file.value(0, 14)).isEqualTo("Rechnung RE2025-0001");
        assertThat(export.report().isClean()).isTrue();
    }

    @Test
    void headerLineMatchesDatevSampleShape() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(rechnung("B-1").build()));

        String text = new String(export.files().get(0).content(), WINDOWS_1252);
        String headerLine = text.substring(0, text.indexOf("\r\n"));
        assertThat(headerLine).isEqualTo("\"EXTF\";700;21;\"Buchungsstapel\";13;20250203103000000;;\"RE\";\"\";\"\";"
                + "29098;55003;20250101;4;20250101;20250131;\"Debitum Januar 2025\";\"\";1;0;0;\"EUR\";;\"\";;;"
                + "\"03\";;;\"\";\"\"");
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void festschreibungWrittenExplicitly() {
        DatevExport locked = writer().writeBuchungsstapel(settings(true, UnencodableCharacters.REPLACE, Set.of()),
                List.of(rechnung("B-1").build()));
        DatevExport open = writer().writeBuchungsstapel(january(), List.of(rechnung("B-1").build()));

        ExtfDocument lockedFile = readSingle(locked);
        ExtfDocument openFile = readSingle(open);
        assertThat(lockedFile.header(21)).isEqualTo("1");
        assertThat(lockedFile.value(0, 114)).isEqualTo("1");
        assertThat(openFile.header(21)).isEqualTo("0");
        assertThat(openFile.value(0, 114)).isEqualTo("0");
    }

    @Test
    void umlauteEszettAndEuroInWindows1252() {
        String text = "Müller & Söhne: Größe 5 € Rabatt";
        DatevExport export = writer().writeBuchungsstapel(january(),
                List.of(rechnung("B-1").buchungstext(text).build()));

        byte[] bytes = export.files().get(0).content();
        ExtfDocument file = readSingle(export);
        assertThat(file.encoding()).isEqualTo(ExtfDocument.Encoding.WINDOWS_1252);
        assertThat(file.value(0, 14)).isEqualTo(text);
        assertThat(indexOf(bytes, (byte) 0x80)).as("€ is 0x80 in Windows-1252").isPositive();
        assertThat(indexOf(bytes, (byte) 0xFC)).as("ü is 0xFC").isPositive();
        assertThat(indexOf(bytes, (byte) 0xDF)).as("ß is 0xDF").isPositive();
        assertThat(indexOf(bytes, (byte) '?')).as("no replacement question mark").isNegative();
        assertThat(export.report().isClean()).isTrue();
    }

    @Test
    void characterOutsideWindows1252Replaced() {
        DatevExport export = writer().writeBuchungsstapel(january(),
                List.of(rechnung("B-1").buchungstext("Łódź č 😀").build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 14)).isEqualTo("_ódz c _");
        List<ExportNotice> notices = export.report().notices(Kind.CHARACTER_REPLACED);
        assertThat(notices).extracting(ExportNotice::original).containsExactly("Ł", "ź", "č", "😀");
        assertThat(notices).extracting(ExportNotice::written).containsExactly("_", "z", "c", "_");
        assertThat(notices.get(0).message()).contains("B-1", "Buchungstext", "U+0141");
        assertThat(indexOf(export.files().get(0).content(), (byte) '?')).isNegative();
    }

    @Test
    void characterOutsideWindows1252RejectedWhenConfigured() {
        DatevExportSettings rejecting = settings(false, UnencodableCharacters.REJECT, Set.of());
        List<DatevBooking> bookings = List.of(rechnung("B-7").buchungstext("Łódź").build());

        assertThatThrownBy(() -> writer().writeBuchungsstapel(rejecting, bookings))
                .isInstanceOf(DatevExportException.class)
                .hasMessageContaining("B-7")
                .hasMessageContaining("Buchungstext")
                .hasMessageContaining("U+0141");
    }

    @Test
    void quotesDoubledAndLineBreaksReplaced() {
        DatevExport export = writer().writeBuchungsstapel(january(),
                List.of(rechnung("B-1").buchungstext("Aktion \"Sommer\";\r\nZeile 2\tEnde").build()));

        String raw = new String(export.files().get(0).content(), WINDOWS_1252);
        ExtfDocument file = readSingle(export);
        assertThat(raw).contains(";\"Aktion \"\"Sommer\"\";  Zeile 2 Ende\";");
        assertThat(file.value(0, 14)).isEqualTo("Aktion \"Sommer\";  Zeile 2 Ende");
        assertThat(export.report().notices(Kind.CONTROL_CHARACTER_REPLACED)).hasSize(1);
    }

    @Test
    void tooLongBuchungstextShortenedAndReported() {
        String text = "Rechnung RE2025-0001 über Wartung und Reparatur der Kühlanlage im Lager Nord";
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(rechnung("B-1").buchungstext(text).build()));

        ExtfDocument file = readSingle(export);
        assertThat(text).hasSizeGreaterThan(60);
        assertThat(file.value(0, 14)).isEqualTo(text.substring(0, 60).stripTrailing());
        ExportNotice notice = export.report().notices(Kind.TEXT_SHORTENED).get(0);
        assertThat(notice.reference()).isEqualTo("B-1");
        assertThat(notice.field()).isEqualTo("Buchungstext");
        assertThat(notice.original()).isEqualTo(text);
        assertThat(notice.written()).isEqualTo(file.value(0, 14));
    }

    @Test
    void tooLongBezeichnungShortenedInHeader() {
        DatevExportSettings base = january();
        DatevExportSettings longDescription = new DatevExportSettings(base.consultantNumber(), base.clientNumber(),
                base.fiscalYearStart(), base.accountLength(), base.periodStart(), base.periodEnd(),
                "Debitum Ausgangsrechnungen und Zahlungen Januar", false, base.currency(), base.chart(),
                Set.of(), base.unencodableCharacters());

        DatevExport export = writer().writeBuchungsstapel(longDescription, List.of(rechnung("B-1").build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.header(17)).isEqualTo("Debitum Ausgangsrechnungen und");
        assertThat(export.report().notices(Kind.TEXT_SHORTENED)).extracting(ExportNotice::reference)
                .containsExactly("Header");
    }

    @Test
    void belegfeld1KeepsOnlyDatevCharacters() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                rechnung("B-1").belegfeld1("RE 2025.001_Müß").build(),
                rechnung("B-2").belegfeld1("AUFTRAG-2025-000000000000000000001234567").build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 11)).isEqualTo("RE2025001Muess");
        assertThat(file.value(1, 11)).isEqualTo("RAG-2025-000000000000000000001234567").hasSize(36);
        assertThat(export.report().notices(Kind.BELEGFELD_CLEANED)).extracting(ExportNotice::reference)
                .containsExactly("B-1", "B-2");
    }

    @Test
    void automatikkontoGetsNoBuSchluessel() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                rechnung("auf-8400").buSchluessel("3").build(),
                rechnung("aufhebung-8400").buSchluessel("40").build(),
                DatevBooking.builder("auf-8200", Money.euro("119.00"), 10000, 8200, JANUARY_15).buSchluessel("3")
                        .build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 9)).isEmpty();
        assertThat(file.value(1, 9)).isEqualTo("40");
        assertThat(file.value(2, 9)).isEqualTo("3");
        ExportNotice notice = export.report().notices(Kind.TAX_KEY_REMOVED).get(0);
        assertThat(notice.reference()).isEqualTo("auf-8400");
        assertThat(notice.message()).contains("8400", "Automatikkonto");
    }

    @Test
    void automatikkontenAreConfigurable() {
        DatevExportSettings custom = settings(false, UnencodableCharacters.REPLACE, Set.of(8200));

        DatevExport export = writer().writeBuchungsstapel(custom, List.of(
                DatevBooking.builder("auf-8200", Money.euro("119.00"), 10000, 8200, JANUARY_15).buSchluessel("3")
                        .build(),
                rechnung("auf-8400").buSchluessel("3").build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 9)).isEmpty();
        assertThat(file.value(1, 9)).isEqualTo("3");
    }

    @Test
    void oposFieldsOnlyOnDebtorAccounts() {
        LocalDate due = LocalDate.of(2025, 2, 14);
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                rechnung("debitor").opos(OposFields.dueOn(due)).build(),
                DatevBooking.builder("erloes", Money.euro("50.00"), 1200, 8400, JANUARY_15)
                        .opos(new OposFields(due, true, true, Sachverhalt.MAHNGEBUEHR)).build(),
                DatevBooking.builder("mahngebuehr", Money.euro("5.00"), 10000, 8520, JANUARY_15)
                        .opos(new OposFields(null, false, true, Sachverhalt.MAHNGEBUEHR)).build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 117)).isEqualTo("14022025");
        assertThat(file.value(1, 15)).isEmpty();
        assertThat(file.value(1, 18)).isEmpty();
        assertThat(file.value(1, 19)).isEmpty();
        assertThat(file.value(1, 117)).isEmpty();
        assertThat(file.value(2, 18)).isEqualTo("40");
        assertThat(file.value(2, 19)).isEqualTo("1");
        assertThat(export.report().notices(Kind.OPEN_ITEM_FIELDS_REMOVED)).extracting(ExportNotice::reference)
                .containsExactly("erloes");
    }

    @Test
    void negativeUmsatzTurnsSollHaben() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                DatevBooking.builder("gutschrift", Money.euro("-50.00"), 10000, 8400, JANUARY_15).build(),
                DatevBooking.builder("rueckbuchung", Money.euro("-7.50"), 1200, 10000, JANUARY_15)
                        .sollHaben(SollHaben.HABEN).build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 1)).isEqualTo("50,00");
        assertThat(file.value(0, 2)).isEqualTo("H");
        assertThat(file.value(1, 1)).isEqualTo("7,50");
        assertThat(file.value(1, 2)).isEqualTo("S");
    }

    @Test
    void generalumkehrKeepsBuSchluessel() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                DatevBooking.builder("storno", Money.euro("119.00"), 10000, 8200, JANUARY_15).buSchluessel("3")
                        .generalumkehr(true).build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 9)).isEqualTo("3");
        assertThat(file.value(0, 118)).isEqualTo("1");
    }

    @Test
    void zahlungMitSkontoAndBeleginfo() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                DatevBooking.builder("zahlung", Money.euro("116.62"), 1200, 10000, JANUARY_15)
                        .belegfeld1("RE2025-0001").skonto(Money.euro("2.38"))
                        .beleginfos(List.of(new Beleginfo("Verwendungszweck", "RE2025-0001 Kunde 4711")))
                        .build()));

        ExtfDocument file = readSingle(export);
        assertThat(file.value(0, 13)).isEqualTo("2,38");
        assertThat(file.value(0, 21)).isEqualTo("Verwendungszweck");
        assertThat(file.value(0, 22)).isEqualTo("RE2025-0001 Kunde 4711");
    }

    @Test
    void umsatzZeroLeftOutAndReported() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of(
                rechnung("B-1").build(),
                DatevBooking.builder("null", Money.euro("0.00"), 10000, 8400, JANUARY_15).build()));

        assertThat(readSingle(export).rows()).hasSize(1);
        assertThat(export.report().notices(Kind.ZERO_AMOUNT_SKIPPED)).extracting(ExportNotice::reference)
                .containsExactly("null");
    }

    @Test
    void invalidBookingsRejectedWithReference() {
        List<DatevBooking> outsidePeriod = List.of(
                DatevBooking.builder("B-feb", Money.euro("1.00"), 10000, 8400, LocalDate.of(2025, 2, 1)).build());
        List<DatevBooking> accountTooLong = List.of(
                DatevBooking.builder("B-konto", Money.euro("1.00"), 100000, 8400, JANUARY_15).build());
        List<DatevBooking> foreignCurrency = List.of(
                DatevBooking.builder("B-usd", Money.of("1.00", "USD"), 10000, 8400, JANUARY_15).build());
        List<DatevBooking> badTaxKey = List.of(rechnung("B-bu").buSchluessel("19%").build());

        assertThatThrownBy(() -> writer().writeBuchungsstapel(january(), outsidePeriod))
                .isInstanceOf(DatevExportException.class).hasMessageContaining("B-feb").hasMessageContaining("2025-02-01");
        assertThatThrownBy(() -> writer().writeBuchungsstapel(january(), accountTooLong))
                .isInstanceOf(DatevExportException.class).hasMessageContaining("B-konto").hasMessageContaining("100000");
        assertThatThrownBy(() -> writer().writeBuchungsstapel(january(), foreignCurrency))
                .isInstanceOf(DatevExportException.class).hasMessageContaining("B-usd").hasMessageContaining("USD");
        assertThatThrownBy(() -> writer().writeBuchungsstapel(january(), badTaxKey))
                .isInstanceOf(DatevExportException.class).hasMessageContaining("B-bu").hasMessageContaining("19%");
    }

    @Test
    void emptyBookingListGivesNoFile() {
        DatevExport export = writer().writeBuchungsstapel(january(), List.of());

        assertThat(export.files()).isEmpty();
        assertThat(export.report().isClean()).isTrue();
    }

    @Test
    void stapelSplitAfter99999Bookings() {
        int total = DatevExtfWriter.MAX_ROWS_PER_FILE + 2;
        List<DatevBooking> bookings = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            bookings.add(DatevBooking.builder("B-" + i, Money.euro("1.00"), 10000 + i % 50000, 8400, JANUARY_15)
                    .belegfeld1("RE" + i).build());
        }

        DatevExport export = writer().writeBuchungsstapel(january(), bookings);

        assertThat(export.files()).extracting(ExtfFile::fileName).containsExactly(
                "EXTF_Buchungsstapel_20250101_20250131_1.csv", "EXTF_Buchungsstapel_20250101_20250131_2.csv");
        assertThat(export.files()).extracting(ExtfFile::rowCount).containsExactly(99_999, 2);
        ExtfDocument first = ExtfReader.read(export.files().get(0).content());
        ExtfDocument second = ExtfReader.read(export.files().get(1).content());
        assertThat(first.findings()).isEmpty();
        assertThat(second.findings()).isEmpty();
        assertThat(first.rows()).hasSize(99_999);
        assertThat(second.value(1, 11)).isEqualTo("RE" + (total - 1));
        assertThat(second.header(5)).isEqualTo("13");
    }

    @Test
    void exportAboveBoundRejected() {
        List<DatevBooking> tooMany = java.util.Collections.nCopies(DatevExtfWriter.MAX_ROWS_PER_EXPORT + 1,
                rechnung("B-1").build());

        assertThatThrownBy(() -> writer().writeBuchungsstapel(january(), tooMany))
                .isInstanceOf(DatevExportException.class)
                .hasMessageContaining("1000001")
                .hasMessageContaining("Zeitraum");
    }

    /** Reads the export's only file and requires the reader to find nothing wrong. */
    static ExtfDocument readSingle(DatevExport export) {
        assertThat(export.files()).hasSize(1);
        ExtfDocument file = ExtfReader.read(export.files().get(0).content());
        assertThat(file.findings()).isEmpty();
        for (int row = 0; row < file.rows().size(); row++) {
            assertThat(file.rows().get(row)).as("columns of row %d", row + 1).hasSize(file.headings().size());
        }
        return file;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
