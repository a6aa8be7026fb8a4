package de.debitum.rest.internal;

import java.util.Map;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthReport;

/** Writes a health report as JSON. */
public final class HealthJson {

    private HealthJson() {
    }

    public static String write(HealthReport report) {
        StringBuilder json = new StringBuilder(512);
        json.append("{\"status\":").append(quote(report.status().name()));
        json.append(",\"checkedAt\":").append(quote(report.checkedAt().toString()));
        json.append(",\"components\":[");
        boolean first = true;
        for (ComponentHealth component : report.components()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"name\":").append(quote(component.name()));
            json.append(",\"status\":").append(quote(component.status().name()));
            json.append(",\"message\":").append(quote(component.message()));
            json.append(",\"details\":{");
            boolean firstDetail = true;
            for (Map.Entry<String, String> detail : component.details().entrySet()) {
                if (!firstDetail) {
                    json.append(',');
                }
                firstDetail = false;
                json.append(quote(detail.getKey())).append(':').append(quote(detail.getValue()));
            }
            json.append("}}");
        }
        return json.append("]}").toString();
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
