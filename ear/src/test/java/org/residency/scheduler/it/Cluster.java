package org.residency.scheduler.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two-instance topology of scripts/cluster as the cluster test sees it: started and stopped through
 * the script, on a database of its own next to the test domain's, with the instances' process ids, the
 * proxy's access log and a client that trusts the proxy's certificate.
 */
final class Cluster {

    static final String PROXY = "https://127.0.0.1:28443";
    /** The instances by the HTTP port nginx knows them by (scripts/cluster). */
    static final Map<String, String> INSTANCE_BY_UPSTREAM = Map.of("127.0.0.1:28081", "residency-1", "127.0.0.1:28082", "residency-2");
    /** Timers fire every five seconds here, so a test sees several firings in a short time. */
    static final int PERIOD_SECONDS = 5;

    private Cluster() {
    }

    /**
     * The environment scripts/cluster runs with: the test domain's PostgreSQL with a database of its own
     * (recreated), the EAR this build made, the test's first admin password, fast timers.
     */
    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", databaseUrl());
        env.put("CLUSTER_FRESH_DATABASE", "1");
        env.put("CLUSTER_EAR", System.getProperty("ear.file"));
        env.put("ADMIN_USER_PASSWORD", System.getProperty("test.user.admin.password"));
        env.put("SNAPSHOT_SCHEDULE", "*/" + PERIOD_SECONDS + " * *");
        env.put("RESILIENCE_TASK_HEALTH_CHECK_SCHEDULE", "*/" + PERIOD_SECONDS + " * *");
        return env;
    }

    /** The test domain's DATABASE_URL (postgresql://user[:pass]@host:port/residency_test) with the cluster's database. */
    static String databaseUrl() {
        String test = Scripts.testDomain().get("DATABASE_URL");
        return test.substring(0, test.lastIndexOf('/') + 1) + "residency_cluster";
    }

    static Connection database() throws SQLException {
        URI url = URI.create(databaseUrl());
        String[] user = url.getUserInfo().split(":", 2);
        return DriverManager.getConnection("jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + url.getPath(),
                user[0], user.length > 1 ? user[1] : "");
    }

    static Path instanceDirectory(String instance) {
        return Scripts.root().resolve(".run/payara6/glassfish/nodes/localhost-residency-cluster").resolve(instance);
    }

    /** Ends an instance's JVM at once, as a crash or a lost machine would: no shutdown, no goodbye to the grid. */
    static void kill(String instance) throws Exception {
        long pid = Long.parseLong(Files.readString(instanceDirectory(instance).resolve("config/pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(instance + " is not running"));
        process.destroyForcibly();
        process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    static String serverLog(String instance) throws IOException {
        return Files.readString(instanceDirectory(instance).resolve("logs/server.log"));
    }

    static List<String> accessLog() throws IOException {
        return Files.readAllLines(Scripts.root().resolve(".run/cluster/nginx/logs/access.log"));
    }

    /**
     * The access log's lines after the first {@code before}, once there are at least {@code requests}: nginx
     * writes a request's line after it has sent the response, so a client can read the log before it is there.
     */
    static List<String> accessLogAfter(int before, int requests) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> lines = accessLog();
        while (lines.size() < before + requests && System.nanoTime() < deadline) {
            Thread.sleep(50);
            lines = accessLog();
        }
        if (lines.size() < before + requests) {
            throw new AssertionError("nginx logged " + (lines.size() - before) + " of " + requests + " requests in 10 s");
        }
        return lines.subList(before, lines.size());
    }

    /** A client for the proxy that trusts exactly its self-signed certificate and follows no redirect. */
    static HttpClient.Builder client() {
        return HttpClient.newBuilder().sslContext(Tls.trusting(Scripts.root().resolve(".run/cluster/nginx/tls/server.crt")))
                .connectTimeout(Duration.ofSeconds(5));
    }
}
