package de.debitum.dunning.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.debitum.dunning.internal.calculation.BaseRateFileException;
import de.debitum.dunning.internal.calculation.BaseRateTable;

/** The operator's base-rate file replaces the bundled table without a release. */
class BaseRateConfigTest {

    @Test
    void emptySettingUsesBundledTable() {
        BaseRateTable table = DefaultDunningRunService.baseRates("");

        assertThat(table.source()).contains("bundled");
        assertThat(table.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void operatorFileExtendsTable(@TempDir Path folder) throws Exception {
        // The bundled values plus a line for the next half-year. The 1.00 % is made-up test data,
        // not a rate the Bundesbank announced.
        String bundled = new String(BaseRateTable.class.getResourceAsStream("base-rates.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = folder.resolve("debitum-base-rates.csv");
        Files.writeString(file, bundled + "2026-07-01;1.00\n");

        BaseRateTable table = DefaultDunningRunService.baseRates(file.toString());

        assertThat(table.source()).isEqualTo(file.toString());
        assertThat(table.percentOn(LocalDate.of(2026, 8, 1))).isEqualByComparingTo("1.00");
    }

    @Test
    void invalidOperatorFileNamesLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("debitum-base-rates.csv");
        Files.writeString(file, "2025-01-01;2.27\n2025-07-01;eins\n");

        assertThatThrownBy(() -> DefaultDunningRunService.baseRates(file.toString()))
                .isInstanceOf(BaseRateFileException.class)
                .hasMessageContaining(file + ", line 2: ")
                .satisfies(e -> assertThat(((BaseRateFileException) e).lineNumber()).isEqualTo(2));
        assertThatThrownBy(() -> DefaultDunningRunService.baseRates(folder.resolve("missing.csv").toString()))
                .isInstanceOf(BaseRateFileException.class)
                .hasMessageContaining("not found");
    }
}
