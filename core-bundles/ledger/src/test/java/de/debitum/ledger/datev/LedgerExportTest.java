package de.debitum.ledger.datev;

import static de.debitum.ledger.internal.LedgerFixture.debtor;
import static de.debitum.ledger.internal.LedgerFixture.document;
import static de.debitum.ledger.internal.LedgerFixture.invoice;
import static de.debitum.ledger.internal.LedgerFixture.vat19;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.Chart;
import de.debitum.api.ledger.DebtorAccountRule;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.SourceEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.ledger.LedgerExport;
import de.debitum.ledger.datev.ExtfDocument.Cell;
import de.debitum.ledger.internal.LedgerFixture;
import de.debitum.testing.Corpus;
import de.debitum.testing.TestDatabase;

/**
 * Exports of booked periods, read back with the test's own EXTF reader and compared with the
 * real DATEV files of the corpus.
 */
class LedgerExportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final LocalDate FEB_3 = LocalDate.of(2026, 2, 3);
    private static final String LONG_NUMBER = "RE-2026-00000000000000000000000000000042";

    static List<TestDatabase.Kind> kinds() {
        return LedgerFixture.kinds();
    }

    /** Books one invoice of "Müller € Söhne GmbH" with a 40-character number, and a cancellation. */
    private static TenantId bookedTenant(LedgerFixture lf) {
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, 29098, 55003, 1, 4, 10_000, 69_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false), "test");
        lf.ingest(tenant, debtor("d1", "K-1", "Müller € Söhne GmbH"),
                document("1", "d1", DocumentKind.INVOICE, LONG_NUMBER, FEB_3, null, vat19("100.00")),
                invoice("2", "d1", FEB_3, vat19("10.00")),
                document("3", "d1", DocumentKind.CANCELLATION, "ST-3", FEB_3, "RE-2", vat19("10.00")));
        lf.bookAll(tenant);
        return tenant;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportWritesReadableBuchungsstapel(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);

        LedgerExport export = lf.ledger.export(tenant, FEBRUARY, "clerk");

        assertThat(export.files()).extracting(ExtfFile::fileName)
                .containsExactly("EXTF_Buchungsstapel_20260201_20260228.csv", "EXTF_Debitoren_Kreditoren.csv");
        assertThat(export.bookings()).isEqualTo(3);
        assertThat(export.debtorAccounts()).isEqualTo(1);
        byte[] bytes = export.files().get(0).content();
        ExtfDocument stapel = ExtfReader.read(bytes);
        assertThat(stapel.findings()).isEmpty();
        assertThat(stapel.encoding()).isEqualTo(ExtfDocument.Encoding.WINDOWS_1252);

        // Header: EXTF 700, category 21 Buchungsstapel version 13, adviser and client, fiscal year, period.
        assertThat(stapel.header(1)).isEqualTo("EXTF");
        assertThat(stapel.header(2)).isEqualTo("700");
        assertThat(stapel.header(3)).isEqualTo("21");
        assertThat(stapel.header(4)).isEqualTo("Buchungsstapel");
        assertThat(stapel.header(5)).isEqualTo("13");
        assertThat(stapel.header(11)).isEqualTo("29098");
        assertThat(stapel.header(12)).isEqualTo("55003");
        assertThat(stapel.header(13)).isEqualTo("20260101");
        assertThat(stapel.header(14)).isEqualTo("4");
        assertThat(stapel.header(15)).isEqualTo("20260201");
        assertThat(stapel.header(16)).isEqualTo("20260228");
        assertThat(stapel.header(21)).isEqualTo("0");
        assertThat(stapel.header(22)).isEqualTo("EUR");
        assertThat(stapel.header(27)).isEqualTo("03");

        assertThat(stapel.headings()).hasSize(125);
        assertThat(stapel.rows()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(125));
        assertThat(lines(bytes)).hasSize(5).allSatisfy(line -> assertThat(line).doesNotContain("\n"));

        // The invoice: debtor 10000 against automatic account 8400, so no tax key.
        assertThat(stapel.value(0, 1)).isEqualTo("119,00");
        assertThat(stapel.value(0, 2)).isEqualTo("S");
        assertThat(stapel.value(0, 7)).isEqualTo("10000");
        assertThat(stapel.value(0, 8)).isEqualTo("8400");
        assertThat(stapel.value(0, 9)).isEmpty();
        assertThat(stapel.value(0, 10)).isEqualTo("0302");
        // The writer keeps the end of a long number, where numbers differ.
        assertThat(stapel.value(0, 11)).isEqualTo(LONG_NUMBER.substring(LONG_NUMBER.length() - 36));
        assertThat(stapel.value(0, 117)).isEqualTo("05032026");
        assertThat(stapel.value(0, 118)).isEmpty();
        // The cancellation: Generalumkehr on the invoice's number.
        assertThat(stapel.value(2, 11)).isEqualTo("RE-2");
        assertThat(stapel.value(2, 118)).isEqualTo("1");
        for (int row = 0; row < stapel.rows().size(); row++) {
            assertThat(stapel.value(row, 14).length()).as("Buchungstext of row %d", row).isLessThanOrEqualTo(60);
            assertThat(stapel.value(row, 11).length()).as("Belegfeld 1 of row %d", row).isLessThanOrEqualTo(36);
        }
        assertThat(export.report().notices()).extracting(ExportNotice::field).contains("Belegfeld 1");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportWritesDebitorenInWindows1252(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);

        byte[] bytes = lf.ledger.export(tenant, FEBRUARY, "clerk").files().get(1).content();
        ExtfDocument debitoren = ExtfReader.read(bytes);

        assertThat(debitoren.findings()).isEmpty();
        assertThat(debitoren.header(3)).isEqualTo("16");
        assertThat(debitoren.header(5)).isEqualTo("5");
        assertThat(debitoren.rows()).hasSize(1).allSatisfy(row -> assertThat(row).hasSize(debitoren.headings().size()));
        assertThat(debitoren.value(0, 1)).isEqualTo("10000");
        assertThat(debitoren.value(0, 2)).isEqualTo("Müller € Söhne GmbH");
        // € is 0x80 and ü 0xFC in Windows-1252; UTF-8 would write 0xE2 0x82 0xAC and 0xC3 0xBC.
        assertThat(indexOf(bytes, (byte) 0x80)).isPositive();
        assertThat(indexOf(bytes, (byte) 0xFC)).isPositive();
        assertThat(indexOf(bytes, (byte) 0xC3)).isNegative();
        assertThat(new String(bytes, WINDOWS_1252)).contains("\"Müller € Söhne GmbH\"");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportAgainWritesSameBookings(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);

        LedgerExport first = lf.ledger.export(tenant, FEBRUARY, "clerk");
        lf.ingest(tenant, invoice("4", "d1", FEB_3, vat19("5.00")));
        lf.bookAll(tenant);
        LedgerExport second = lf.ledger.export(tenant, FEBRUARY, "clerk");

        assertThat(ExtfReader.read(second.files().get(0).content()).rows())
                .isEqualTo(ExtfReader.read(first.files().get(0).content()).rows());
        assertThat(lf.store.countBookings(tenant, YearMonth.of(2026, 3))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void emptyPeriodWritesNoBuchungsstapel(TestDatabase.Kind kind) {
        LedgerFixture lf = LedgerFixture.of(kind);
        TenantId tenant = bookedTenant(lf);

        LedgerExport export = lf.ledger.export(tenant, YearMonth.of(2026, 5), "clerk");

        assertThat(export.bookings()).isZero();
        assertThat(export.files()).noneMatch(file -> file.fileName().startsWith("EXTF_Buchungsstapel"));
        assertThat(lf.store.period(tenant, YearMonth.of(2026, 5)).isLocked()).isTrue();
    }

    @Test
    void exportMatchesCorpusStructure() throws IOException {
        ExtfDocument sampleStapel = ExtfReader.read(Files.readAllBytes(
                Corpus.dir("datev").resolve("ledermann_EXTF_Buchungsstapel.csv")));
        ExtfDocument sampleStammdaten = ExtfReader.read(Files.readAllBytes(
                Corpus.dir("datev").resolve("ledermann_EXTF_Stammdaten.csv")));
        LedgerFixture lf = LedgerFixture.of(kinds().get(0));
        LedgerExport export = lf.ledger.export(bookedTenant(lf), FEBRUARY, "clerk");
        ExtfDocument stapel = ExtfReader.read(export.files().get(0).content());
        ExtfDocument debitoren = ExtfReader.read(export.files().get(1).content());

        // The sample is format version 9: its 120 columns are the first 120 of version 13, quoted alike.
        assertThat(stapel.header()).hasSameSizeAs(sampleStapel.header());
        List<Cell> sampleRow = sampleStapel.rows().get(0);
        for (int column = 1; column <= sampleRow.size(); column++) {
            assertThat(stapel.rows().get(0).get(column - 1).quoted()).as("quoting of column %d (%s)", column,
                    sampleStapel.headings().get(column - 1).value()).isEqualTo(sampleRow.get(column - 1).quoted());
        }
        assertThat(debitoren.headings()).extracting(Cell::value)
                .isEqualTo(sampleStammdaten.headings().stream().map(Cell::value).toList());
        assertThat(debitoren.header()).hasSameSizeAs(sampleStammdaten.header());
    }

    @Test
    void exportSplitsBeyond99999Bookings() {
        LedgerFixture lf = LedgerFixture.of(kinds().get(0));
        TenantId tenant = lf.newTenant();
        lf.ledger.saveSettings(new LedgerSettings(tenant, Chart.SKR03, 29098, 55003, 1, 4, 10_000, 69_999,
                DebtorAccountRule.SEQUENTIAL, Map.of(), Map.of(), true, false), "test");
        int count = DatevExtfWriter.MAX_ROWS_PER_FILE + 2;
        List<BookingDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(new BookingDraft(FEB_3, 1200, 8400, Money.euro("1.00"), null, "B" + i, "Test", null, null, null, false));
        }
        lf.store.record(tenant, new SourceEvent(SourceType.DUNNING_FEE, "bulk", "1"), drafts, "test");

        LedgerExport export = lf.ledger.export(tenant, FEBRUARY, "clerk");

        assertThat(export.files()).extracting(ExtfFile::fileName).containsExactly(
                "EXTF_Buchungsstapel_20260201_20260228_1.csv", "EXTF_Buchungsstapel_20260201_20260228_2.csv");
        assertThat(export.files()).extracting(ExtfFile::rowCount).containsExactly(DatevExtfWriter.MAX_ROWS_PER_FILE, 2);
        ExtfDocument second = ExtfReader.read(export.files().get(1).content());
        assertThat(second.findings()).isEmpty();
        assertThat(second.value(1, 11)).isEqualTo("B" + (count - 1));
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, WINDOWS_1252);
        assertThat(text).endsWith("\r\n");
        return List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
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
