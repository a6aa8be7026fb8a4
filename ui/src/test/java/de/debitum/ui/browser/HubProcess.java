package de.debitum.ui.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hub distribution that karaf-assembly built, unpacked under target/ and started on free
 * ports of 127.0.0.1 (HTTP, SSH, JMX registry and server), on its embedded H2 database.
 */
final class HubProcess implements AutoCloseable {

    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(300);
    /** Karaf shell user that {@link #shell} signs in as; only the SSH port on 127.0.0.1 accepts it. */
    private static final String SHELL_USER = "uitest";
    private static final String SHELL_PASSWORD = "ui-test-shell-password";

    final int httpPort;
    final int sshPort;
    final Path home;
    private final Process process;

    private HubProcess(int httpPort, int sshPort, Path home, Process process) {
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.home = home;
        this.process = process;
    }

    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Returns the newest distribution archive in {@code folder}, if one was built. */
    static Optional<Path> archive(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, "debitum-karaf-*.tar.gz")) {
            Path newest = null;
            for (Path archive : archives) {
                if (newest == null || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(newest)) > 0) {
                    newest = archive;
                }
            }
            return Optional.ofNullable(newest);
        }
    }

    static HubProcess start(Path archive, Path workFolder, String adminPassword) throws Exception {
        deleteRecursively(workFolder);
        Files.createDirectories(workFolder);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", workFolder.toString())
                .redirectErrorStream(true).start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar could not unpack " + archive + ": "
                    + new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        Path home;
        try (Stream<Path> unpacked = Files.list(workFolder)) {
            home = unpacked.filter(p -> p.getFileName().toString().startsWith("debitum-karaf-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No debitum-karaf-* folder in " + archive));
        }

        int http = Processes.freePort();
        Path etc = home.resolve("etc");
        replace(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        int ssh = Processes.freePort();
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(ssh));
        Files.writeString(etc.resolve("users.properties"), "\n" + SHELL_USER + " = " + SHELL_PASSWORD
                + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort",
                Integer.toString(Processes.freePort()));
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(Processes.freePort()));

        Path log = workFolder.resolve("karaf.out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        builder.environment().put("DEBITUM_ADMIN_PASSWORD", adminPassword);
        Process process = builder.start();
        HubProcess hub = new HubProcess(http, ssh, home, process);
        try {
            Processes.awaitReady("The hub", process, hub.url() + "/api/v1/health",
                    response -> response.statusCode() == 200 && response.body().startsWith("{\"status\":\"UP\""),
                    BOOT_TIMEOUT, home.resolve("data/log/karaf.log"));
        } catch (RuntimeException | InterruptedException e) {
            hub.close();
            throw e;
        }
        return hub;
    }

    /**
     * Runs a Karaf shell command through bin/client, as an operator would over SSH, and returns
     * its output.
     *
     * @throws IllegalStateException when the client exits with an error
     */
    String shell(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", Integer.toString(sshPort), "-u", SHELL_USER, "-p", SHELL_PASSWORD, "-r", "10", "-d", "2", command)
                .directory(home.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        Process client = builder.start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || client.exitValue() != 0) {
            client.destroyForcibly();
            throw new IllegalStateException("Shell command '" + command + "' failed: " + output);
        }
        return output;
    }

    /** Sets {@code key = value} in a Karaf configuration file; the key must be there already. */
    private static void replace(Path file, String key, String value) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$",
                java.util.regex.Matcher.quoteReplacement(key + " = " + value));
        if (changed.equals(text) && !text.contains(key + " = " + value)) {
            throw new IllegalStateException("No line '" + key + " = ...' in " + file);
        }
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        Processes.stop(process, Duration.ofSeconds(30));
    }
}
