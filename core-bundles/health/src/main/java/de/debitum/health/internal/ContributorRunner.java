package de.debitum.health.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthContributor;

/**
 * Runs health contributors on an executor with a time limit, so that a contributor that hangs
 * or throws becomes a DOWN component instead of blocking the caller.
 */
final class ContributorRunner {

    private final ExecutorService executor;
    private final long timeoutMillis;

    ContributorRunner(ExecutorService executor, long timeoutMillis) {
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
    }

    List<ComponentHealth> run(List<NamedContributor> contributors) {
        List<Future<List<ComponentHealth>>> futures = new ArrayList<>();
        for (NamedContributor contributor : contributors) {
            futures.add(executor.submit(() -> contributor.contributor().check()));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<ComponentHealth> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            String source = contributors.get(i).source();
            Future<List<ComponentHealth>> future = futures.get(i);
            try {
                long remaining = Math.max(0, deadline - System.nanoTime());
                results.addAll(future.get(remaining, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                results.add(ComponentHealth.down(source, "Health check did not answer within " + timeoutMillis
                        + " ms. Check the log of bundle " + source + ".", Map.of()));
            } catch (ExecutionException e) {
                results.add(ComponentHealth.down(source, "Health check failed: " + e.getCause()
                        + ". Check the log of bundle " + source + ".", Map.of()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(ComponentHealth.down(source, "Health check was interrupted.", Map.of()));
            }
        }
        return results;
    }

    /** A contributor with the name of the bundle that registered it, for error messages. */
    record NamedContributor(String source, HealthContributor contributor) {
    }
}
