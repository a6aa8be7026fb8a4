package de.debitum.ui.browser;

import java.nio.file.Path;
import java.time.Duration;

/** The packaged UI jar, started as {@code java -jar} on a free port of 127.0.0.1 against a hub. */
final class UiProcess implements AutoCloseable {

    /** Generous: on a loaded 2-core machine Spring Boot and Vaadin took over 70 s to start. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    final int port;
    private final Process process;

    private UiProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    static UiProcess start(Path jar, String hubUrl, Path log) throws Exception {
        int port = Processes.freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DEBITUM_HUB_URL", hubUrl);
        builder.environment().put("DEBITUM_UI_PORT", Integer.toString(port));
        // Two suggestions per page, so that a few payments fill more than one page of the matching review.
        builder.environment().put("DEBITUM_UI_MATCHING_PAGE_SIZE", "2");
        Process process = builder.start();
        UiProcess ui = new UiProcess(port, process);
        try {
            Processes.awaitReady("The UI", process, ui.url() + "login", response -> response.statusCode() == 200,
                    START_TIMEOUT, log);
        } catch (RuntimeException | InterruptedException e) {
            ui.close();
            throw e;
        }
        return ui;
    }

    @Override
    public void close() throws InterruptedException {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
