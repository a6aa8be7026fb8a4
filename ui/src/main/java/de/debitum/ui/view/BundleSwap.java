package de.debitum.ui.view;

import de.debitum.ui.client.BundleApi;
import de.debitum.ui.client.BundleApi.BundleInstance;
import de.debitum.ui.client.BundleApi.ConnectorBundle;
import de.debitum.ui.client.HubException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bundle operation (upload, rollback or uninstall) of a user's session, and the changes the
 * hub showed while it took effect. A worker thread runs the hub call and then lists the bundles
 * every {@link #POLL_INTERVAL} until nothing changes for {@link #STABLE_POLLS} lists in a row and
 * no bundle or instance is starting or stopping, or until {@link #MAX_WATCH} has passed. The view
 * keeps the object in the Vaadin session and only displays it, so the user can leave the page and
 * find the log and the result when coming back.
 */
final class BundleSwap implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BundleSwap.class);

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final int STABLE_POLLS = 3;
    static final Duration MAX_WATCH = Duration.ofMinutes(2);
    /** Log lines kept per operation; a longer log drops its oldest state changes. */
    static final int MAX_LOG_LINES = 200;

    /** Bundle states that change on their own and so keep the watch going. */
    private static final Set<String> TRANSIENT_BUNDLE_STATES = Set.of("INSTALLED", "STARTING", "STOPPING");
    private static final Set<String> TRANSIENT_INSTANCE_STATES = Set.of("STARTING", "WAITING_FOR_TYPE");

    /** One line of the log; {@code text} is already in the user's language. */
    record Line(Instant at, String text) implements Serializable {
    }

    private final Texts texts;
    /** Called on the worker thread after each new log line and at the end; the view updates itself from it. */
    private transient Runnable changed = () -> { };
    private final List<Line> log = new ArrayList<>();
    private boolean running = true;
    private boolean failed;

    BundleSwap(Texts texts) {
        this.texts = texts;
    }

    synchronized List<Line> log() {
        return List.copyOf(log);
    }

    synchronized boolean running() {
        return running;
    }

    synchronized boolean failed() {
        return failed;
    }

    private void add(String key, Object... params) {
        addText(texts.get(key, params));
    }

    private void addText(String text) {
        synchronized (this) {
            log.add(new Line(Instant.now(), text));
            if (log.size() > MAX_LOG_LINES) {
                // The first line names the operation, so the oldest change after it goes.
                log.remove(1);
            }
        }
        if (changed != null) {
            changed.run();
        }
    }

    private void finish(boolean withFailure) {
        synchronized (this) {
            failed = withFailure;
            running = false;
        }
        if (changed != null) {
            changed.run();
        }
    }

    /**
     * Runs the operation and watches the bundles until they settle; call it on a worker thread.
     *
     * @param description what the operation does, for the first log line
     * @param operation   the hub call; it returns the bundles it installed, or an empty list
     */
    void run(BundleApi api, String description, Function<BundleApi, List<ConnectorBundle>> operation) {
        run(api, description, operation, () -> { });
    }

    /** Runs the operation like {@link #run(BundleApi, String, Function)} and calls {@code onChange} after each change. */
    void run(BundleApi api, String description, Function<BundleApi, List<ConnectorBundle>> operation, Runnable onChange) {
        changed = onChange;
        add("bundles.log.started", description);
        Map<String, String> before = snapshot(api);
        boolean withFailure = false;
        try {
            List<ConnectorBundle> result = operation.apply(api);
            for (ConnectorBundle bundle : result) {
                add("bundles.log.installed", bundle.symbolicName(), bundle.version());
            }
            if (result.isEmpty()) {
                add("bundles.log.done");
            }
        } catch (HubException e) {
            withFailure = !"timeout".equals(e.code());
            add(withFailure ? "bundles.log.failed" : "bundles.log.timeout", Notices.describe(texts, e));
        } catch (RuntimeException e) {
            LOG.warn("Bundle operation '{}' failed in the UI", description, e);
            withFailure = true;
            add("bundles.log.failed", texts.get("error.hub-internal"));
        }
        watch(api, before);
        finish(withFailure);
    }

    /** Lists the bundles until they settle and logs each bundle whose state line changed. */
    private void watch(BundleApi api, Map<String, String> before) {
        Instant deadline = Instant.now().plus(MAX_WATCH);
        Map<String, String> previous = before;
        int stable = 0;
        while (stable < STABLE_POLLS) {
            if (Instant.now().isAfter(deadline)) {
                add("bundles.log.unsettled", MAX_WATCH.toMinutes());
                return;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            List<ConnectorBundle> bundles;
            try {
                bundles = api.list();
            } catch (HubException e) {
                add("bundles.log.list-failed", Notices.describe(texts, e));
                stable = 0;
                continue;
            }
            Map<String, String> now = lines(bundles);
            logChanges(previous, now);
            boolean settled = now.equals(previous) && bundles.stream().noneMatch(BundleSwap::inTransition);
            stable = settled ? stable + 1 : 0;
            previous = now;
        }
        add("bundles.log.settled");
    }

    private void logChanges(Map<String, String> previous, Map<String, String> now) {
        for (Map.Entry<String, String> entry : now.entrySet()) {
            if (!Objects.equals(previous == null ? null : previous.get(entry.getKey()), entry.getValue())) {
                addText(entry.getValue());
            }
        }
        if (previous != null) {
            for (String gone : previous.keySet()) {
                if (!now.containsKey(gone)) {
                    add("bundles.log.gone", gone);
                }
            }
        }
    }

    /** Returns the bundles' state lines before the operation, or null when the hub cannot list them. */
    private Map<String, String> snapshot(BundleApi api) {
        try {
            return lines(api.list());
        } catch (HubException e) {
            return null;
        }
    }

    /** Returns one line per bundle, keyed by symbolic name: version, state, types and instances with their states. */
    private Map<String, String> lines(List<ConnectorBundle> bundles) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (ConnectorBundle bundle : bundles) {
            lines.put(bundle.symbolicName(), texts.get("bundles.log.state", bundle.symbolicName(), bundle.version(),
                    texts.get("bundle-state." + bundle.state()), types(bundle), instances(texts, bundle)));
        }
        return lines;
    }

    static boolean inTransition(ConnectorBundle bundle) {
        return TRANSIENT_BUNDLE_STATES.contains(bundle.state())
                || bundle.instances().stream().anyMatch(instance -> TRANSIENT_INSTANCE_STATES.contains(instance.state()));
    }

    static String types(ConnectorBundle bundle) {
        return bundle.types().isEmpty() ? "–"
                : bundle.types().stream().map(type -> type.id() + " " + type.version()).collect(Collectors.joining(", "));
    }

    static String instances(Texts texts, ConnectorBundle bundle) {
        return bundle.instances().isEmpty() ? "–" : String.join(", ", instanceLines(texts, bundle));
    }

    /** Returns one text per instance of the bundle's types: its id and its state in the user's language. */
    static List<String> instanceLines(Texts texts, ConnectorBundle bundle) {
        List<String> lines = new ArrayList<>();
        for (BundleInstance instance : bundle.instances()) {
            lines.add(instance.id() + " (" + texts.get("state." + instance.state()) + ")");
        }
        return lines;
    }
}
