package partnergraph.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Throw-away Neo4j Community test server: an embedded DBMS with the Bolt connector
 * enabled on 127.0.0.1 and authentication switched on.
 *
 * <pre>
 * usage: Launcher DATA_DIR PORT PASSWORD [--no-stdin-watch]
 *   DATA_DIR  home directory of the DBMS (data/ and logs/ are created inside)
 *   PORT      Bolt port on 127.0.0.1; 0 lets the OS pick a free one
 *   PASSWORD  password for the built-in user "neo4j"
 * </pre>
 *
 * Prints exactly one line {@code NEO4J READY bolt://127.0.0.1:<port>} to stdout once
 * Bolt accepts authenticated connections. Shuts down cleanly on SIGTERM (shutdown
 * hook) and, unless {@code --no-stdin-watch} is given, when its stdin reaches EOF so
 * that a server orphaned by a dead parent process goes away by itself.
 * On a start-up failure it prints {@code NEO4J FAILED: ...} to stderr and exits 1.
 */
public final class Launcher {

    private static final String HOST = "127.0.0.1";
    private static final long PAGE_CACHE_BYTES = ByteUnit.mebiBytes(256);

    private Launcher() {}

    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean watchStdin = true;
        for (String arg : args) {
            if ("--no-stdin-watch".equals(arg)) {
                watchStdin = false;
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 3) {
            System.err.println("usage: Launcher DATA_DIR PORT PASSWORD [--no-stdin-watch]");
            System.exit(2);
        }
        Path home = Paths.get(positional.get(0)).toAbsolutePath();
        int port;
        try {
            port = Integer.parseInt(positional.get(1));
        } catch (NumberFormatException e) {
            System.err.println("NEO4J FAILED: port is not a number: " + positional.get(1));
            System.exit(2);
            return;
        }
        String password = positional.get(2);

        // Anything Neo4j or its libraries might print to stdout goes to stderr instead,
        // so that stdout carries nothing but the READY line.
        PrintStream readyOut = System.out;
        System.setOut(System.err);

        if (watchStdin) {
            // Started first, so that a parent dying even during start-up takes us along.
            Thread watcher = new Thread(Launcher::exitOnStdinEof, "neo4j-test-server-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            Files.createDirectories(home);
            start(home, port, password, readyOut);
        } catch (Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            t.printStackTrace(System.err);
            System.err.println("NEO4J FAILED: " + t + (root != t ? " (root cause: " + root + ")" : ""));
            System.err.flush();
            // halt, not exit: a half-started DBMS must not block us in a shutdown hook
            Runtime.getRuntime().halt(1);
        }
    }

    private static void start(Path home, int port, String password, PrintStream readyOut)
            throws InterruptedException {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.of(
                        // Bolt on loopback only, plain text (bolt:// URIs).
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress(HOST, port),
                        BoltConnector.advertised_address, new SocketAddress(HOST, port),
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        // No HTTP(S) endpoint, no usage reporting.
                        HttpConnector.enabled, false,
                        HttpsConnector.enabled, false,
                        GraphDatabaseSettings.udc_enabled, false))
                .setConfig(Map.of(
                        // Real authentication, but no lock-out after failed attempts (tests
                        // deliberately use wrong passwords) and no minimum length.
                        GraphDatabaseSettings.auth_enabled, true,
                        GraphDatabaseSettings.auth_max_failed_attempts, 0,
                        GraphDatabaseSettings.auth_minimum_password_length, 1,
                        // Small footprint for a shared 2-core CI box.
                        GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES,
                        GraphDatabaseSettings.pagecache_warmup_enabled, false,
                        GraphDatabaseSettings.preallocate_logical_logs, false,
                        GraphDatabaseSettings.preallocate_store_files, false))
                .setConfig(Map.of(
                        // Internal settings (pinned Neo4j version): without them the Bolt
                        // server waits 2 x 5 s for idle connections on every shutdown.
                        BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200),
                        BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1),
                        GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0,
                        GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2)))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } catch (Throwable t) {
                    System.err.println("NEO4J shutdown error: " + t);
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-test-server-shutdown"));

        // The built-in "neo4j" user is created by the system database with the default
        // password "neo4j" and a forced password change; replace both. The embedded API
        // runs with full (auth-bypassing) privileges, so no login is needed here.
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        int boltPort = port;
        if (db instanceof GraphDatabaseAPI api) {
            HostnamePort bound = api.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            if (bound != null) {
                boltPort = bound.getPort();
            }
        }
        if (boltPort <= 0) {
            throw new IllegalStateException("Bolt connector did not report a bound port");
        }

        readyOut.println("NEO4J READY bolt://" + HOST + ":" + boltPort);
        readyOut.flush();

        // Park the main thread; the JVM ends through System.exit / a signal, and the
        // shutdown hook stops the DBMS.
        new CountDownLatch(1).await();
    }

    private static void exitOnStdinEof() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // ignore whatever the parent writes
            }
        } catch (IOException e) {
            // treat a broken stdin like EOF
        }
        System.err.println("NEO4J stdin closed, shutting down");
        System.exit(0);
    }
}
