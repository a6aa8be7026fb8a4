package de.debitum.dunning.internal.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseRateTableTest {

    private final BaseRateTable bundled = BaseRateTable.bundled();

    @Test
    void bundledTableHasTheBundesbankValues() {
        assertThat(bundled.percentOn(LocalDate.of(2016, 7, 1))).isEqualByComparingTo("-0.88");
        assertThat(bundled.percentOn(LocalDate.of(2022, 12, 31))).isEqualByComparingTo("-0.88");
        assertThat(bundled.percentOn(LocalDate.of(2023, 1, 1))).isEqualByComparingTo("1.62");
        assertThat(bundled.percentOn(LocalDate.of(2023, 7, 1))).isEqualByComparingTo("3.12");
        assertThat(bundled.percentOn(LocalDate.of(2024, 6, 30))).isEqualByComparingTo("3.62");
        assertThat(bundled.percentOn(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("3.37");
        assertThat(bundled.percentOn(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("2.27");
        assertThat(bundled.percentOn(LocalDate.of(2025, 7, 1))).isEqualByComparingTo("1.27");
        assertThat(bundled.percentOn(LocalDate.of(2026, 6, 30))).isEqualByComparingTo("1.27");
    }

    @Test
    void bundledTableCoversEveryHalfYearFrom2002() {
        assertThat(bundled.firstCoveredDay()).isEqualTo(LocalDate.of(2002, 7, 1));
        assertThat(bundled.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(bundled.rates()).hasSize(48);
    }

    @Test
    void dayAfterTheTableIsUnknown() {
        assertThatThrownBy(() -> bundled.percentOn(LocalDate.of(2026, 7, 1)))
                .isInstanceOf(BaseRateUnknownException.class)
                .hasMessageContaining("2026-07-01")
                .hasMessageContaining("2026-06-30")
                .hasMessageContaining("Basiszinssatz-Datei");
    }

    @Test
    void unchangedHalfYearsArePassedOverWhenSplitting() {
        // 0.12 % from 1 July 2009 until 1 July 2011, when it rose to 0.37 %.
        assertThat(bundled.nextChangeAfter(LocalDate.of(2009, 8, 1))).isEqualTo(LocalDate.of(2011, 7, 1));
    }

    @Test
    void germanDatesCommaDecimalsAndCommentsAreAccepted() {
        String content = "\uFEFF# Basiszinssatz\n01.01.2026;1,27 %\n\n2026-07-01 ; 1.27\r\n";
        BaseRateTable table = BaseRateTable.parse(content, "rates.csv");
        assertThat(table.rates()).hasSize(2);
        assertThat(table.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void operatorFileReplacesTheTable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("basiszins.csv");
        Files.writeString(file, "2026-01-01;1.27\n2026-07-01;1.02\n", StandardCharsets.UTF_8);
        BaseRateTable table = BaseRateTable.load(file);
        assertThat(table.percentOn(LocalDate.of(2026, 9, 1))).isEqualByComparingTo("1.02");
        assertThat(table.source()).isEqualTo(file.toString());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("absent.csv");
        assertThatThrownBy(() -> BaseRateTable.load(file))
                .isInstanceOf(BaseRateFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("nicht gefunden");
    }

    @Test
    void oversizedFileIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.csv");
        Files.writeString(file, "#".repeat(BaseRateFileParser.MAX_CHARACTERS + 1));
        assertThatThrownBy(() -> BaseRateTable.load(file))
                .isInstanceOf(BaseRateFileException.class)
                .hasMessageContaining("größer als");
    }

    @Test
    void invalidDateNamesTheLine() {
        BaseRateFileException e = parseFailure("2026-01-01;1.27\n2026-13-01;1.27\n");
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e).hasMessageStartingWith("rates.csv, Zeile 2: \"2026-13-01\" ist kein Datum");
    }

    @Test
    void dateOtherThanJanuaryOrJulyIsRejected() {
        BaseRateFileException e = parseFailure("2026-02-01;1.27\n");
        assertThat(e.lineNumber()).isEqualTo(1);
        assertThat(e).hasMessageContaining("1. Januar und 1. Juli");
    }

    @Test
    void gapBetweenHalfYearsIsRejected() {
        BaseRateFileException e = parseFailure("# header\n2025-01-01;2.27\n2026-01-01;1.27\n");
        assertThat(e.lineNumber()).isEqualTo(3);
        assertThat(e).hasMessageContaining("2025-07-01");
    }

    @Test
    void malformedRateIsRejected() {
        assertThat(parseFailure("2026-01-01;1.275\n").lineNumber()).isEqualTo(1);
        assertThat(parseFailure("2026-01-01;abc\n")).hasMessageContaining("\"abc\" ist kein Zinssatz");
        assertThat(parseFailure("2026-01-01;25\n")).hasMessageContaining("nicht zwischen -10 und 20");
    }

    @Test
    void lineWithoutTwoFieldsIsRejected() {
        assertThat(parseFailure("2026-01-01;1.27;x\n")).hasMessageContaining("zwei durch ; getrennte Felder");
    }

    @Test
    void fileWithoutRatesIsRejected() {
        BaseRateFileException e = parseFailure("# nothing here\n\n");
        assertThat(e.lineNumber()).isZero();
        assertThat(e).hasMessageContaining("keinen Basiszinssatz");
    }

    private static BaseRateFileException parseFailure(String content) {
        try {
            BaseRateTable.parse(content, "rates.csv");
        } catch (BaseRateFileException e) {
            return e;
        }
        throw new AssertionError("expected a BaseRateFileException for: " + content);
    }
}
