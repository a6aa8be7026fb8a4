package de.debitum.ui.view;

import com.vaadin.flow.server.VaadinSession;
import de.debitum.ui.client.HubException;
import java.io.Serializable;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hub call that runs on a worker thread and keeps its outcome in the Vaadin session under a
 * name. A view shows that it runs, and the user may leave and find the result on return. The hub
 * reports no progress within such a call, so a view shows only "running" and then the result.
 *
 * @param <T> the call's result
 */
final class BackgroundWork<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "debitum-ui-background-work");
        thread.setDaemon(true);
        return thread;
    });

    private final Instant startedAt = Instant.now();
    private Instant finishedAt;
    private transient T result;
    private HubException failure;

    private BackgroundWork() {
    }

    /** Starts {@code work} and stores it in the current session under {@code attribute}, replacing an earlier one. */
    static <T> BackgroundWork<T> start(String attribute, Supplier<T> work) {
        BackgroundWork<T> background = new BackgroundWork<>();
        VaadinSession.getCurrent().setAttribute(attribute, background);
        WORKERS.execute(() -> background.run(attribute, work));
        return background;
    }

    /** Returns the work stored under {@code attribute} in the current session, or null. */
    @SuppressWarnings("unchecked")
    static <T> BackgroundWork<T> current(String attribute) {
        Object work = VaadinSession.getCurrent().getAttribute(attribute);
        return work instanceof BackgroundWork<?> background ? (BackgroundWork<T>) background : null;
    }

    private void run(String attribute, Supplier<T> work) {
        try {
            T value = work.get();
            finish(value, null);
        } catch (HubException e) {
            finish(null, e);
        } catch (RuntimeException e) {
            LOG.warn("Background work '{}' failed in the UI", attribute, e);
            finish(null, new HubException("internal_error", "internal_error", e));
        }
    }

    private synchronized void finish(T value, HubException error) {
        result = value;
        failure = error;
        finishedAt = Instant.now();
    }

    synchronized boolean running() {
        return finishedAt == null;
    }

    Instant startedAt() {
        return startedAt;
    }

    synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** Returns the result; null while running, after a failure, or after the session was restored from disk. */
    synchronized T result() {
        return result;
    }

    synchronized HubException failure() {
        return failure;
    }
}
