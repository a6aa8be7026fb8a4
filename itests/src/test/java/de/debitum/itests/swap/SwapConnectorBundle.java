package de.debitum.itests.swap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.ops4j.pax.tinybundles.TinyBundles;
import org.osgi.framework.Constants;

/** Builds the jar of the swap test connector bundle, which registers the types swap-files and swap-ticks. */
public final class SwapConnectorBundle {

    /** The bundle's symbolic name in every version. */
    public static final String SYMBOLIC_NAME = "debitum-swap-test-connector";

    private SwapConnectorBundle() {
    }

    /** Writes the bundle in {@code version} into {@code folder} and returns the jar. */
    public static File write(File folder, String version) throws IOException {
        File jar = new File(folder, "swap-connector-" + version + ".jar");
        jar.getParentFile().mkdirs();
        try (InputStream bundle = TinyBundles.bundle()
                .addClass(SwapConnectorActivator.class).addClass(SwapConnectors.class).addClass(FileRoutes.class)
                .addClass(TickRoutes.class)
                .setHeader(Constants.BUNDLE_MANIFESTVERSION, "2")
                .symbolicName(SYMBOLIC_NAME)
                .setHeader(Constants.BUNDLE_VERSION, version)
                .activator(SwapConnectorActivator.class)
                .setHeader(Constants.IMPORT_PACKAGE, "org.osgi.framework,de.debitum.api.connector,de.debitum.api.model,"
                        + "de.debitum.api.money,de.debitum.api.ingest,org.apache.camel,org.apache.camel.builder,"
                        + "org.apache.camel.model,org.apache.camel.spi")
                .build(TinyBundles.rawBuilder())) {
            Files.copy(bundle, jar.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
        return jar;
    }
}
