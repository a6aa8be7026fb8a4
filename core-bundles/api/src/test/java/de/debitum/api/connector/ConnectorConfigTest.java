package de.debitum.api.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.connector.ConnectorConfig.InvalidConfigurationException;

class ConnectorConfigTest {

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.required("folder", LocalizedText.of("Ordner", "Folder"), FieldType.PATH),
            ConfigField.optional("pollSeconds", LocalizedText.of("Abfrageintervall", "Poll interval"), FieldType.INTEGER, "60"),
            ConfigField.required("password", LocalizedText.of("Passwort", "Password"), FieldType.TEXT).asSecret(),
            ConfigField.optional("encoding", LocalizedText.of("Zeichensatz", "Encoding"), FieldType.CHOICE, "UTF-8")
                    .withChoices(List.of("UTF-8", "windows-1252")));

    @Test
    void defaultsAreAppliedAndValuesTyped() {
        ConnectorConfig config = ConnectorConfig.of(FIELDS, Map.of("folder", "/srv/inbox ", "password", "geheim"));

        assertThat(config.path("folder").toString()).isEqualTo("/srv/inbox");
        assertThat(config.integer("pollSeconds")).isEqualTo(60);
        assertThat(config.text("encoding")).isEqualTo("UTF-8");
        assertThat(config.toString()).doesNotContain("geheim");
    }

    @Test
    void everyProblemIsListedOnce() {
        assertThatThrownBy(() -> ConnectorConfig.of(FIELDS,
                Map.of("folder", "relative/path", "pollSeconds", "often", "encoding", "latin1", "colour", "blue")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConnectorConfig.ConfigProblem::key)
                            .containsExactlyInAnyOrder("folder", "pollSeconds", "password", "encoding", "colour");
                    assertThat(e.getMessage()).contains("invalid value 'often': expected a whole number");
                    assertThat(e.getMessage()).contains("expected one of UTF-8, windows-1252");
                    assertThat(e.getMessage()).contains("Unknown key");
                });
    }

    @Test
    void secretValueNeverAppearsInProblem() {
        List<ConfigField> fields = List.of(ConfigField.required("token", LocalizedText.of("Token", "Token"), FieldType.TEXT)
                .asSecret().withPattern("[A-Z]{4}"));

        assertThatThrownBy(() -> ConnectorConfig.of(fields, Map.of("token", "s3cr3t")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("s3cr3t");
                    assertThat(e.problems().get(0).value()).isEqualTo("***");
                    assertThat(e.problems().get(0).reason().de()).startsWith("Ungültiger Wert '***'");
                });
    }

    @Test
    void germanMessageForMissingRequiredField() {
        assertThatThrownBy(() -> ConnectorConfig.of(FIELDS.subList(0, 1), Map.of()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems().get(0).reason().de())
                        .isEqualTo("Pflichtfeld ohne Wert. Bitte einen Wert eintragen."));
    }

    @Test
    void invalidKeyInDescriptionIsRejected() {
        assertThatThrownBy(() -> ConfigField.required("Folder Name", LocalizedText.of("x", "x"), FieldType.TEXT))
                .hasMessageContaining("Invalid configuration key 'Folder Name'");
    }
}
