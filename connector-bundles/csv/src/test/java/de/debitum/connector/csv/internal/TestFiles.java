package de.debitum.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import de.debitum.api.connector.ConnectorConfig;

/** Test inputs from {@code src/test/resources/csv} and settings built as the host builds them. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TestFiles.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("Test resource /csv/" + name + " not found.");
            }
            return in.readAllBytes();
        }
    }

    /** Returns the checked configuration for {@code kind} with {@code values} on top of the defaults. */
    static ConnectorConfig config(Path folder, String kind, Map<String, String> values) {
        Map<String, String> raw = new HashMap<>(values);
        raw.put(CsvSettings.FOLDER, folder.toAbsolutePath().toString());
        raw.put(CsvSettings.RECORD_KIND, kind);
        return ConnectorConfig.of(new CsvConnectorType("test").configFields(), raw);
    }

    static CsvSettings settings(String kind, Map<String, String> values) {
        return CsvSettings.of(config(Path.of("/tmp/csv-inbox"), kind, values));
    }
}
