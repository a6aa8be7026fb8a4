package de.debitum.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

import de.debitum.testing.TestDatabase;

/**
 * Pax Exam options that boot the built Debitum distribution on free ports, on PostgreSQL when
 * the build runs against it and on the distribution's embedded H2 otherwise.
 */
final class DistributionOptions {

    static final String HTTP_PORT_PROPERTY = "debitum.itest.httpPort";
    static final String EINVOICE_SAMPLE_PROPERTY = "debitum.itest.einvoiceSample";
    static final String CORPUS_PROPERTY = "debitum.corpus";
    static final String CORPUS_REQUIRED_PROPERTY = "debitum.corpus.required";
    static final String DEMO_INPUT_PROPERTY = "debitum.itest.demoInput";

    private DistributionOptions() {
    }

    static Option[] boot() {
        File distribution = new File(System.getProperty("debitum.distribution", "missing"));
        if (!distribution.isFile()) {
            throw new IllegalStateException("Distribution not found: " + distribution
                    + ". Build it first with './mvnw install -DskipTests -pl karaf-assembly -am'.");
        }
        int httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + distribution.getAbsolutePath())
                        .name("Debitum")
                        .unpackDirectory(new File(System.getProperty("debitum.itest.dir", "target/exam")))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                systemTimeout(180_000),
                // Pax Exam starts Java itself, without bin/setenv: the option that lets Felix open the
                // jar embedded in the JAX-RS spec bundle (see bin/setenv of the distribution).
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                // The test probe waits this long for Pax Exam's invoker service, 10 s by default. The
                // boot features, JAX-RS Whiteboard and CXF included, took longer on a loaded machine.
                vmOption("-Dorg.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT=120000"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/system.properties", HTTP_PORT_PROPERTY, String.valueOf(httpPort)),
                editConfigurationFilePut("etc/system.properties", EINVOICE_SAMPLE_PROPERTY,
                        System.getProperty(EINVOICE_SAMPLE_PROPERTY, "")),
                editConfigurationFilePut("etc/system.properties", CORPUS_PROPERTY,
                        new File(System.getProperty(CORPUS_PROPERTY, "missing")).getAbsolutePath()),
                editConfigurationFilePut("etc/system.properties", CORPUS_REQUIRED_PROPERTY,
                        System.getProperty(CORPUS_REQUIRED_PROPERTY, "false")),
                editConfigurationFilePut("etc/system.properties", DEMO_INPUT_PROPERTY,
                        new File(System.getProperty(DEMO_INPUT_PROPERTY, "missing")).getAbsolutePath())));
        options.addAll(database());
        // No daily dunning run may change a test's data. Tests that need dunning run it themselves.
        options.add(editConfigurationFilePut("etc/de.debitum.dunning.schedule.cfg", "enabled", "false"));
        options.add(editConfigurationFilePut("etc/de.debitum.workflow.schedule.cfg", "enabled", "false"));
        return options.toArray(Option[]::new);
    }

    /**
     * Points the 'debitum' DataSource at a fresh PostgreSQL database when one is available (or
     * required); the database is dropped when the test JVM exits.
     */
    private static List<Option> database() {
        if (TestDatabase.availableKinds().contains(TestDatabase.Kind.POSTGRES)) {
            TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "drop-itest-database"));
            String cfg = "etc/org.ops4j.datasource-debitum.cfg";
            return List.of(
                    editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                    editConfigurationFilePut(cfg, "url", database.url()),
                    editConfigurationFilePut(cfg, "user", database.user()),
                    editConfigurationFilePut(cfg, "password", database.password()));
        }
        return List.of();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free local port for the test distribution", e);
        }
    }
}
