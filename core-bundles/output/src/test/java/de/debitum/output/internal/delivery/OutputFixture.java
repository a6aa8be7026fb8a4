package de.debitum.output.internal.delivery;

import java.lang.annotation.Annotation;
import java.time.Instant;

import de.debitum.api.model.TenantId;
import de.debitum.api.secret.SecretCipher;
import de.debitum.datacenter.internal.DatacenterPersistence;
import de.debitum.datacenter.internal.store.DefaultAuditTrail;
import de.debitum.datacenter.internal.store.DefaultOutboxStore;
import de.debitum.datacenter.internal.store.DefaultOutputSettingsStore;
import de.debitum.datacenter.internal.store.DefaultTenantStore;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.testing.MutableClock;
import de.debitum.testing.TestDatabase;

/**
 * The output service on a database of its own (PostgreSQL when reachable, else H2), with the
 * real datacenter stores and a clock the test moves. One fixture per test, so that no entry of
 * another test is due.
 */
final class OutputFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    final TestDatabase database;
    final MutableClock clock = new MutableClock(START);
    final DatacenterPersistence persistence;
    final DefaultOutboxStore outbox;
    final DefaultOutputSettingsStore settings;
    final DefaultAuditTrail audit;
    final DefaultOutputService service;
    final TenantId tenant = TenantId.of("gruenwald");

    OutputFixture() {
        database = TestDatabase.create();
        persistence = new DatacenterPersistence(database.dataSource(), clock);
        outbox = new DefaultOutboxStore(persistence);
        settings = new DefaultOutputSettingsStore(persistence);
        audit = new DefaultAuditTrail(persistence);
        new DefaultTenantStore(persistence).create(tenant, "Grünwald & Söhne Maschinenbau GmbH");
        service = new DefaultOutputService(outbox, settings, new DunningLetterRenderer(clock),
                new SecretCipher(new byte[32]), clock, config());
    }

    /** The component's default configuration, except a send timeout of 5 s and 3 attempts. */
    static DefaultOutputService.Config config() {
        return new DefaultOutputService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DefaultOutputService.Config.class;
            }

            @Override
            public int pollIntervalSeconds() {
                return 30;
            }

            @Override
            public int batchSize() {
                return 50;
            }

            @Override
            public int firstRetryDelaySeconds() {
                return 60;
            }

            @Override
            public int maxRetryDelaySeconds() {
                return 21600;
            }

            @Override
            public int maxAttempts() {
                return 3;
            }

            @Override
            public int sendTimeoutSeconds() {
                return 5;
            }

            @Override
            public int staleAfterMinutes() {
                return 30;
            }
        };
    }

    @Override
    public void close() {
        service.stop();
        persistence.close();
        database.close();
    }
}
