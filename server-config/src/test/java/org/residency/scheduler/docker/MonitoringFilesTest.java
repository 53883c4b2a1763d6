package org.residency.scheduler.docker;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.docker.ComposeFilesTest.cast;
import static org.residency.scheduler.docker.ComposeFilesTest.read;

/**
 * The Grafana provisioning and dashboard, and the Prometheus configuration, refer only to metrics
 * the application really exposes (names as /metrics printed them on Payara 6.2025.9) and to the
 * services of docker-compose.yml. promtool itself checks the rules in MonitoringConfigIT.
 */
class MonitoringFilesTest {

    /** Metric names in the application's /metrics, plus those Prometheus and the blackbox probe add. */
    static final Set<String> KNOWN = Set.of("http_server_requests_seconds", "http_server_requests_seconds_count",
            "memory_usedHeap_bytes", "memory_maxHeap_bytes", "memory_committedHeap_bytes", "gc_time_seconds_total",
            "thread_count", "thread_daemon_count", "jvm_uptime_seconds",
            "connection_pool_residency_pool_usedConnection_total", "connection_pool_residency_pool_freeConnection_total",
            "connection_pool_residency_pool_totalConnection", "up", "probe_success");
    static final Set<String> PROMQL_WORDS = Set.of("sum", "by", "rate", "max", "and", "or", "on", "status", "path",
            "name", "quantile", "job", "instance", "residency", "e9");

    @Test
    void dashboardQueriesUseExposedMetrics() {
        Map<String, Object> dashboard = cast(read("grafana/dashboards/residency.json"));
        List<Map<String, Object>> panels = cast(dashboard.get("panels"));
        assertTrue(panels.size() >= 8);
        for (Map<String, Object> panel : panels) {
            List<Map<String, Object>> targets = cast(panel.get("targets"));
            assertFalse(targets.isEmpty(), panel.get("title") + " has no query");
            for (Map<String, Object> target : targets) {
                for (String metric : metrics(target.get("expr").toString())) {
                    assertTrue(KNOWN.contains(metric), panel.get("title") + " queries unknown metric " + metric);
                }
            }
        }
    }

    @Test
    void alertsUseExposedMetrics() {
        Map<String, Object> alerts = cast(read("prometheus/alerts.yml"));
        List<Map<String, Object>> groups = cast(alerts.get("groups"));
        List<Map<String, Object>> rules = cast(groups.get(0).get("rules"));
        assertEquals(6, rules.size());
        for (Map<String, Object> rule : rules) {
            for (String metric : metrics(rule.get("expr").toString())) {
                assertTrue(KNOWN.contains(metric), rule.get("alert") + " uses unknown metric " + metric);
            }
        }
    }

    @Test
    void grafanaReadsPrometheusAndTheDashboardFolder() {
        Map<String, Object> datasources = cast(read("grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> prometheus = ComposeFilesTest.<List<Map<String, Object>>>cast(datasources.get("datasources")).get(0);
        assertEquals("http://prometheus:9090", prometheus.get("url"));
        Map<String, Object> providers = cast(read("grafana/provisioning/dashboards/residency.yml"));
        Map<String, Object> provider = ComposeFilesTest.<List<Map<String, Object>>>cast(providers.get("providers")).get(0);
        assertEquals("/var/lib/grafana/dashboards", ComposeFilesTest.map(provider, "options").get("path"));
        Map<String, Object> scrape = ComposeFilesTest.<List<Map<String, Object>>>cast(
                ComposeFilesTest.<Map<String, Object>>cast(read("prometheus/prometheus.yml")).get("scrape_configs")).get(0);
        assertEquals("residency", scrape.get("job_name"));
    }

    /** Identifiers in a PromQL expression that are neither functions, keywords, labels nor values. */
    private static Set<String> metrics(String expr) {
        String withoutLabels = expr.replaceAll("\\{[^}]*\\}", "").replaceAll("\\[[^]]*\\]", "").replaceAll("\\([^()]*?\\b(by|on)\\b", "(");
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(withoutLabels.replaceAll("by \\([^)]*\\)", ""));
        while (m.find()) {
            if (!PROMQL_WORDS.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }
}
