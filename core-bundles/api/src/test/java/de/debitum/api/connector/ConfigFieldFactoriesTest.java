package de.debitum.api.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException;

class ConfigFieldFactoriesTest {

    @Test
    void inboxFolderIsRequiredPath() {
        ConfigField field = ConfigField.inboxFolder("folder", LocalizedText.of("Hilfe", "Help"));

        assertThat(field.required()).isTrue();
        assertThat(field.type()).isEqualTo(FieldType.PATH);
        assertThat(field.label().en()).isEqualTo("Inbox folder");
        assertThat(field.help().de()).isEqualTo("Hilfe");
    }

    @Test
    void pollIntervalDefaultsAndValidates() {
        List<ConfigField> fields = List.of(ConfigField.pollInterval("pollInterval", "PT1M"));

        assertThat(ConnectorConfig.of(fields, Map.of()).duration("pollInterval")).hasMinutes(1);
        assertThatThrownBy(() -> ConnectorConfig.of(fields, Map.of("pollInterval", "every minute")))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    @Test
    void maxFileSizeNamesItsMaximum() {
        ConfigField field = ConfigField.maxFileSizeMiB("maxFileSizeMiB", 20, 500);

        assertThat(field.defaultValue()).isEqualTo("20");
        assertThat(field.help().en()).endsWith("1 to 500 MiB.");
        assertThatThrownBy(() -> ConnectorConfig.of(List.of(field), Map.of("maxFileSizeMiB", "0")))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> ConnectorConfig.of(List.of(field), Map.of("maxFileSizeMiB", "1000")))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    @Test
    void maxFileSizeRejectsBadBounds() {
        assertThatThrownBy(() -> ConfigField.maxFileSizeMiB("maxFileSizeMiB", 30, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default 30 MiB");
        assertThatThrownBy(() -> ConfigField.maxFileSizeMiB("maxFileSizeMiB", 20, 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
