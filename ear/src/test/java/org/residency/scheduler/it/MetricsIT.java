package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /metrics (Prometheus text) counts the REST requests this test makes, by path template and status. */
class MetricsIT extends DeployedApplication {

    @Test
    void httpRequestsAreCountedPerEndpointAndStatus() {
        double before = count("/api/jobs/{id: [0-9]+}", "404");
        for (int i = 0; i < 3; i++) {
            assertEquals(404, api.get("/api/jobs/" + (900000 + i)).statusCode());
        }
        assertEquals(3.0, count("/api/jobs/{id: [0-9]+}", "404") - before,
                () -> api.get("/metrics").body().lines().filter(l -> l.startsWith("http_server_requests_seconds_count"))
                        .reduce("", (a, b) -> a + "\n" + b));
    }

    @Test
    void exposesJvmAndConnectionPoolMetrics() {
        String metrics = api.get("/metrics").body();
        assertTrue(metrics.contains("jvm_uptime_seconds"), "JVM metrics missing");
        assertTrue(metrics.contains("memory_usedHeap_bytes"), "heap metrics missing");
        assertTrue(metrics.contains("connection_pool_residency_pool"), "connection pool metrics missing");
    }

    private double count(String path, String status) {
        String metrics = api.get("/metrics").body();
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{(.*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("path=\"" + path + "\"") && labels.contains("status=\"" + status + "\"")
                    && labels.contains("method=\"GET\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
