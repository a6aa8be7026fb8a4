package de.debitum.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthReport;

class HealthJsonTest {

    @Test
    void reportWithDownComponentIsDownAndEscaped() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("url", "jdbc:h2:/data/\"db\"");
        HealthReport report = HealthReport.of(Instant.parse("2026-12-04T10:00:00Z"), List.of(
                ComponentHealth.up("migrations", "version 1", Map.of()),
                ComponentHealth.down("datasource", "Connection refused\nretry", details)));

        String json = HealthJson.write(report);

        assertThat(json).isEqualTo("{\"status\":\"DOWN\",\"checkedAt\":\"2026-12-04T10:00:00Z\",\"components\":["
                + "{\"name\":\"datasource\",\"status\":\"DOWN\",\"message\":\"Connection refused\\nretry\","
                + "\"details\":{\"url\":\"jdbc:h2:/data/\\\"db\\\"\"}},"
                + "{\"name\":\"migrations\",\"status\":\"UP\",\"message\":\"version 1\",\"details\":{}}]}");
    }

    @Test
    void controlCharactersAreUnicodeEscaped() {
        assertThat(HealthJson.quote("a\u0001b")).isEqualTo("\"a\\u0001b\"");
    }
}
