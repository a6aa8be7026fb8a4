package de.debitum.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import de.debitum.api.health.ComponentHealth;
import de.debitum.api.health.HealthStatus;

class ContributorRunnerTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void shutdown() {
        never.countDown();
        executor.shutdownNow();
    }

    @Test
    void hangingContributorIsReportedDownWithoutBlockingOthers() {
        ContributorRunner runner = new ContributorRunner(executor, 200);

        List<ComponentHealth> results = runner.run(List.of(
                new ContributorRunner.NamedContributor("slow-bundle", this::waitForever),
                new ContributorRunner.NamedContributor("good-bundle",
                        () -> List.of(ComponentHealth.up("datasource", "ok", Map.of())))));

        assertThat(results).extracting(ComponentHealth::name).containsExactly("slow-bundle", "datasource");
        assertThat(results.get(0).status()).isEqualTo(HealthStatus.DOWN);
        assertThat(results.get(0).message()).contains("200 ms");
        assertThat(results.get(1).status()).isEqualTo(HealthStatus.UP);
    }

    private List<ComponentHealth> waitForever() {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    @Test
    void throwingContributorIsReportedDownWithItsError() {
        ContributorRunner runner = new ContributorRunner(executor, 1_000);

        List<ComponentHealth> results = runner.run(List.of(new ContributorRunner.NamedContributor("broken-bundle", () -> {
            throw new IllegalStateException("pool closed");
        })));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(result.message()).contains("pool closed").contains("broken-bundle");
        });
    }
}
