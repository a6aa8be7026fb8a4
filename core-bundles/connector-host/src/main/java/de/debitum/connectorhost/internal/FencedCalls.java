package de.debitum.connectorhost.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls into connector code on the host's own threads with a time limit, so that a
 * connector that hangs or throws cannot block the caller (a DS callback, the reconcile loop or
 * an HTTP request).
 */
final class FencedCalls {

    private final ExecutorService executor;
    private final Duration timeout;

    FencedCalls(ExecutorService executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    /**
     * Returns the call's result.
     *
     * @throws FencedCallException with a sentence naming {@code what} when the call throws, times
     *         out or is interrupted
     */
    <T> T call(String what, Callable<T> call) {
        Future<T> future = executor.submit(call);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FencedCallException(what + " did not finish within " + timeout.toSeconds() + " s.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new FencedCallException(what + " failed: " + describe(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new FencedCallException(what + " was interrupted.", e);
        }
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** A call into connector code that failed, timed out or was interrupted. */
    static final class FencedCallException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FencedCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
