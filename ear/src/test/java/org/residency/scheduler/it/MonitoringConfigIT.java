package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * promtool accepts docker/prometheus (configuration and alert rules), and the rules' own unit tests
 * (alerts.test.yml: each alert fires on the series that should raise it, none on healthy series) pass.
 */
class MonitoringConfigIT {

    @Test
    void promtoolAcceptsTheConfigurationAndTheAlertTestsPass() {
        Scripts.Result check = Scripts.run(Map.of(), "scripts/lib/check-monitoring.sh");
        assertEquals(0, check.status(), check::toString);
        assertTrue(check.output().contains("SUCCESS: 6 rules found"), check::toString);
        assertTrue(check.output().contains("Unit Testing:  alerts.test.yml"), check::toString);
    }
}
