package de.debitum.datacenter.internal;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.datacenter.internal.persistence.Database;
import de.debitum.datacenter.internal.persistence.Migrations;

/**
 * The datacenter's connection to the database: migrates the schema and opens Hibernate on the
 * hub's DataSource. Inside OSGi this runs on its own thread after activation, so that activation
 * returns at once; services that need the database wait for it up to {@link #STARTUP_WAIT_SECONDS}.
 */
@Component(service = DatacenterPersistence.class)
public class DatacenterPersistence {

    static final long STARTUP_WAIT_SECONDS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(DatacenterPersistence.class);

    private final DataSource dataSource;
    private final Migrations migrations;
    private final CompletableFuture<Database> database;
    private final ExecutorService starter;

    @Activate
    public DatacenterPersistence(@Reference(target = "(dataSourceName=debitum)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.migrations = new Migrations(dataSource);
        this.starter = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "debitum-datacenter-start"));
        this.database = CompletableFuture.supplyAsync(() -> start(Clock.systemUTC()), starter);
    }

    /** Migrates and opens the database on the calling thread; for tests and tools. */
    public DatacenterPersistence(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.migrations = new Migrations(dataSource);
        this.starter = null;
        this.database = CompletableFuture.completedFuture(start(clock));
    }

    private Database start(Clock clock) {
        try {
            int applied = migrations.migrate();
            LOG.info("Datacenter schema migrated ({} migrations applied)", applied);
            Database opened = Database.open(dataSource, clock);
            LOG.info("Datacenter persistence started");
            return opened;
        } catch (RuntimeException e) {
            LOG.error("Datacenter cannot start: {} Check the DataSource with dataSourceName=debitum"
                    + " (etc/org.ops4j.datasource-debitum.cfg) and the migration state (debitum:health).", sentence(e.getMessage()));
            LOG.debug("Datacenter start failure", e);
            throw e;
        }
    }

    private static String sentence(String message) {
        String text = message == null ? "unknown error" : message.strip();
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * Returns the open database, waiting for the start to finish.
     *
     * @throws IllegalStateException when the start failed or did not finish in time
     */
    public Database database() {
        try {
            return database.get(STARTUP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The datacenter database is not available: " + sentence(e.getCause().getMessage())
                    + " Fix the DataSource or the failed migration and restart the datacenter bundle.", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The datacenter database did not start within " + STARTUP_WAIT_SECONDS
                    + " s; check that the database server is reachable.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the datacenter database", e);
        }
    }

    /** Returns the start failure, or null while starting or after a successful start. */
    public Throwable startFailure() {
        if (!database.isCompletedExceptionally()) {
            return null;
        }
        try {
            database.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    public boolean isStarted() {
        return database.isDone() && !database.isCompletedExceptionally();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Migrations migrations() {
        return migrations;
    }

    @Deactivate
    public void close() {
        if (starter != null) {
            starter.shutdownNow();
        }
        if (isStarted()) {
            database.join().close();
        }
    }
}
