package de.debitum.connector.bankstatement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.debitum.api.connector.ConnectionTestResult;
import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException;
import de.debitum.connector.bankstatement.internal.inbox.ImportSettings;
import de.debitum.connector.bankstatement.internal.inbox.UnbalancedPolicy;

class BankStatementConnectorTypeTest {

    private final BankStatementConnectorType type = new BankStatementConnectorType("1.2.3");

    @TempDir
    Path folder;

    private ConnectorConfig config(Map<String, String> values) {
        return ConnectorConfig.of(type.configFields(), values);
    }

    @Test
    void defaultsHoldUnbalancedAndMatchStatementEndings() {
        ImportSettings settings = ImportSettings.of(config(Map.of(ImportSettings.FOLDER, folder.toString())));

        assertThat(settings.unbalanced()).isEqualTo(UnbalancedPolicy.HOLD);
        assertThat(settings.maxFileBytes()).isEqualTo(50 * 1024 * 1024);
        assertThat(settings.fileNamePattern().matcher("STA_2024.MT940").matches()).isTrue();
        assertThat(settings.fileNamePattern().matcher("camt053.XML").matches()).isTrue();
        assertThat(settings.fileNamePattern().matcher("auszug.txt").matches()).isTrue();
        assertThat(settings.fileNamePattern().matcher("auszug.pdf").matches()).isFalse();
        assertThat(type.configFields()).allSatisfy(field -> {
            assertThat(field.label().de()).isNotBlank();
            assertThat(field.label().en()).isNotBlank();
            assertThat(field.help().de()).isNotBlank();
            assertThat(field.help().en()).isNotBlank();
        });
    }

    @Test
    void connectionTestChecksFolder() {
        ConnectionTestResult present = type.testConnection(config(Map.of(ImportSettings.FOLDER, folder.toString())));
        ConnectionTestResult missing = type.testConnection(
                config(Map.of(ImportSettings.FOLDER, folder.resolve("fehlt").toString())));

        assertThat(present.successful()).isTrue();
        assertThat(missing.successful()).isFalse();
        assertThat(missing.message().de()).contains("existiert nicht");
        assertThat(missing.message().en()).contains("does not exist");
    }

    @Test
    void unusableValuesNameTheirField() {
        String path = folder.toString();

        assertThat(type.testConnection(config(Map.of(ImportSettings.FOLDER, path,
                ImportSettings.FILE_NAME_PATTERN, "*.sta"))).message().en()).contains("fileNamePattern");
        assertThatThrownBy(() -> ImportSettings.of(config(Map.of(ImportSettings.FOLDER, path,
                ImportSettings.POLL_INTERVAL, "PT0S"))))
                .hasMessageContaining("pollInterval").hasMessageContaining("PT1M");
        assertThatThrownBy(() -> config(Map.of(ImportSettings.FOLDER, path, ImportSettings.UNBALANCED, "ignore")))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("hold, import");
        assertThatThrownBy(() -> config(Map.of(ImportSettings.FOLDER, path, ImportSettings.MAX_FILE_SIZE, "0")))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining(ImportSettings.MAX_FILE_SIZE);
    }
}
