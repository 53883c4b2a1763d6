package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/load-test runs end to end for a few seconds at a low rate (the measured 5-minute run at 300 req/s is
 * docs/benchmarks.md's, never part of the tests). The latency limit is set far above anything to be expected:
 * this checks the tool (setup, requests, report, exit status), not the server's speed.
 */
class LoadTestSmokeIT extends DeployedApplication {

    @Test
    void aShortRunStoresItsProgramAndReportsEveryRequestWithoutErrors() {
        Scripts.Result run = Scripts.run(Map.of("LOAD_AUTH", Api.ADMIN + ":" + System.getProperty("test.user.admin.password")),
                "scripts/load-test", "--url", Api.BASE, "--setup", "--rate", "20", "--duration", "3", "--warmup", "1",
                "--max-p95-ms", "60000");
        assertEquals(0, run.status(), run::toString);
        // 20 req/s for 3 s: 60 requests, a fifth of them listings (one either way where the warm-up ends).
        int reads = count(run.output(), "schedule reads");
        int listings = count(run.output(), "program listings");
        assertTrue(reads + listings >= 59 && reads + listings <= 61, run::toString);
        assertTrue(listings >= 11 && listings <= 13, run::toString);
        assertTrue(run.output().contains("PASS"), run::toString);

        Scripts.Result refused = Scripts.run(Map.of(), "scripts/load-test", "--url", Api.BASE, "--program", "1",
                "--schedule", "x");
        assertEquals(2, refused.status(), "no credentials: " + refused);
    }

    /** The count of a row of the report, whose errors column must say 0. */
    private static int count(String report, String row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\| " + row + " \\| (\\d+) \\| 0 \\|").matcher(report);
        assertTrue(m.find(), row + " without errors in: " + report);
        return Integer.parseInt(m.group(1));
    }
}
