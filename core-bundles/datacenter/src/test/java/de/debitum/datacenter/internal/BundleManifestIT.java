package de.debitum.datacenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** Checks the packaged bundle: what it embeds, imports and exports. */
class BundleManifestIT {

    private static JarFile bundle() throws IOException {
        return new JarFile(System.getProperty("datacenter.bundle"));
    }

    /** Splits a manifest header at the commas between clauses, not at those inside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }

    @Test
    void embedsPersistenceButNoDriver() throws IOException {
        try (JarFile jar = bundle()) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Bundle-ClassPath");

            assertThat(classPath).contains("hibernate-core-7.1.11.Final.jar", "flyway-core-11.20.3.jar",
                    "flyway-database-postgresql-11.20.3.jar");
            assertThat(classPath).doesNotContain("postgresql-42", "h2-");
            assertThat(jar.getEntry("db/migration/V1__system_of_record.sql")).isNotNull();
        }
    }

    @Test
    void requiresOnlyApiDataSourceAndLogging() throws IOException {
        try (JarFile jar = bundle()) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            List<String> mandatory = clauses(manifest.getValue("Import-Package")).stream()
                    .filter(clause -> !clause.contains("resolution:=optional"))
                    .map(clause -> clause.split(";")[0])
                    .toList();

            assertThat(mandatory).allSatisfy(name -> assertThat(name)
                    .matches("de\\.debitum\\.api\\..*|javax\\.sql|org\\.slf4j"));
            assertThat(mandatory).contains("javax.sql", "de.debitum.api.ingest", "de.debitum.api.store");
            assertThat(manifest.getValue("Export-Package")).isNull();
            assertThat(manifest.getValue("Service-Component")).contains("DatacenterPersistence", "DefaultIngestionService");
        }
    }
}
