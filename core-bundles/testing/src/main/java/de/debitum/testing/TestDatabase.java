package de.debitum.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A fresh, empty database for one test, dropped again by {@link #close()}.
 *
 * <p>The kind comes from the system property {@code debitum.test.db}, which the build sets from
 * the environment variable {@code DEBITUM_TEST_DB}:
 * <ul>
 *   <li>{@code postgres}: a uniquely named database on the PostgreSQL server at
 *       {@code DEBITUM_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}) as
 *       {@code DEBITUM_TEST_PG_USER} (default {@code postgres}) with
 *       {@code DEBITUM_TEST_PG_PASSWORD} (default empty). An unreachable server fails the test.</li>
 *   <li>{@code h2}: an in-memory H2 database in its default mode, as the hub runs it.</li>
 *   <li>{@code auto} (default): PostgreSQL when reachable, otherwise H2 with one log line.</li>
 * </ul>
 * Suites that run on every available kind take {@link #availableKinds()} as a parameter source.
 * The JDBC drivers must be on the test class path of the module that uses this class.
 */
public final class TestDatabase implements AutoCloseable {

    /** The database products a test can run on. */
    public enum Kind { POSTGRES, H2 }

    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final java.util.concurrent.atomic.AtomicBoolean ORPHANS_CHECKED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.regex.Pattern ORPHAN_NAME = java.util.regex.Pattern.compile("debitum_test_(\\d+)_\\d+");
    private static volatile Boolean postgresReachable;

    private final Kind kind;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final Connection h2KeepAlive;

    private TestDatabase(Kind kind, String name, String url, String user, String password, Connection h2KeepAlive) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.h2KeepAlive = h2KeepAlive;
    }

    /** Creates a database of the kind that {@code debitum.test.db} selects: PostgreSQL first where reachable. */
    public static TestDatabase create() {
        return create(availableKinds().get(0));
    }

    /** Creates a database of the given kind; fails when that kind is not reachable. */
    public static TestDatabase create(Kind kind) {
        String name = "debitum_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        return kind == Kind.POSTGRES ? createPostgres(name) : createH2(name);
    }

    /**
     * Lists the kinds the suites run on: both where PostgreSQL is reachable in mode {@code auto},
     * both in mode {@code postgres} (which fails when PostgreSQL is unreachable, and lists it
     * first), only H2 in mode {@code h2}. H2 is the hub's embedded default, so CI covers it too.
     */
    public static List<Kind> availableKinds() {
        String mode = System.getProperty("debitum.test.db", "auto").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "postgres":
                requirePostgres();
                return List.of(Kind.POSTGRES, Kind.H2);
            case "h2":
                return List.of(Kind.H2);
            case "auto":
            case "":
                if (isPostgresReachable()) {
                    return List.of(Kind.POSTGRES, Kind.H2);
                }
                return List.of(Kind.H2);
            default:
                throw new IllegalStateException("Invalid debitum.test.db value '" + mode
                        + "'. Set DEBITUM_TEST_DB to postgres, h2 or auto.");
        }
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Returns a non-pooling DataSource that opens a new connection per call. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(url, user, password);
    }

    /** Drops the database. */
    @Override
    public void close() {
        try {
            if (kind == Kind.H2) {
                try (Statement statement = h2KeepAlive.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
                h2KeepAlive.close();
                return;
            }
            try (Connection admin = DriverManager.getConnection(pgUrl() + "postgres", pgUser(), pgPassword());
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Failed to drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static TestDatabase createH2(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try {
            // The open connection keeps the in-memory database alive until close().
            Connection keepAlive = DriverManager.getConnection(url, "sa", "");
            return new TestDatabase(Kind.H2, name, url, "sa", "", keepAlive);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed to create H2 database " + name
                    + ": " + e.getMessage() + ". Add com.h2database:h2 to the test dependencies.", e);
        }
    }

    private static TestDatabase createPostgres(String name) {
        requirePostgres();
        try (Connection admin = DriverManager.getConnection(pgUrl() + "postgres", pgUser(), pgPassword());
             Statement statement = admin.createStatement()) {
            dropOrphansOnce(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed to create PostgreSQL database " + name + " at " + pgUrl()
                    + " as " + pgUser() + ": " + e.getMessage(), e);
        }
        return new TestDatabase(Kind.POSTGRES, name, pgUrl() + name, pgUser(), pgPassword(), null);
    }

    /**
     * Drops test databases whose creating JVM has ended without dropping them, which happens when
     * the build kills a test JVM before its shutdown hooks run. A database stays when its process
     * id belongs to a running process, whatever that process is.
     */
    private static void dropOrphansOnce(Statement statement) throws SQLException {
        if (!ORPHANS_CHECKED.compareAndSet(false, true)) {
            return;
        }
        List<String> orphans = new java.util.ArrayList<>();
        try (java.sql.ResultSet names = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'debitum\\_test\\_%'")) {
            while (names.next()) {
                String database = names.getString(1);
                java.util.regex.Matcher matcher = ORPHAN_NAME.matcher(database);
                if (matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty()) {
                    orphans.add(database);
                }
            }
        }
        for (String orphan : orphans) {
            statement.execute("DROP DATABASE IF EXISTS " + orphan + " WITH (FORCE)");
            System.err.println("[debitum] Dropped test database " + orphan + ", left behind by an ended test JVM.");
        }
    }

    private static void requirePostgres() {
        if (!isPostgresReachable()) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + pgUrl() + " as " + pgUser()
                    + ". Start it (on Debian: pg_ctlcluster 15 main start), set DEBITUM_TEST_PG_URL, "
                    + "DEBITUM_TEST_PG_USER and DEBITUM_TEST_PG_PASSWORD, or run with DEBITUM_TEST_DB=h2.");
        }
    }

    private static synchronized boolean isPostgresReachable() {
        if (postgresReachable == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection ignored = DriverManager.getConnection(pgUrl() + "postgres", pgUser(), pgPassword())) {
                postgresReachable = true;
            } catch (SQLException e) {
                postgresReachable = false;
                if (!"postgres".equals(System.getProperty("debitum.test.db"))) {
                    System.err.println("[debitum] PostgreSQL not reachable at " + pgUrl()
                            + " (" + e.getMessage() + "): the database suites run on H2 only.");
                }
            }
        }
        return postgresReachable;
    }

    private static String pgUrl() {
        String url = env("DEBITUM_TEST_PG_URL", DEFAULT_PG_URL);
        return url.endsWith("/") ? url : url + "/";
    }

    private static String pgUser() {
        return env("DEBITUM_TEST_PG_USER", "postgres");
    }

    private static String pgPassword() {
        return env("DEBITUM_TEST_PG_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A DataSource over DriverManager, enough for tests that open few connections. */
    private static final class DriverManagerDataSource implements DataSource {
        private final String url;
        private final String user;
        private final String password;
        private PrintWriter logWriter;
        private int loginTimeout;

        DriverManagerDataSource(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return logWriter;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            this.logWriter = out;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("No parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("Not a wrapper for " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
