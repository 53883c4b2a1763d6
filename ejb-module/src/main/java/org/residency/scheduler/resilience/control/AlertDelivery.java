package org.residency.scheduler.resilience.control;

import org.residency.scheduler.resilience.analysis.AlertMessage;

import java.util.ArrayList;
import java.util.List;

/** Hands one alert to every channel; the failures, by channel, say which did not take it. */
public final class AlertDelivery {

    private AlertDelivery() {
    }

    /** @return one line per channel that failed; empty when all took it */
    public static List<String> deliver(AlertMessage alert, List<AlertChannel> channels) {
        List<String> failures = new ArrayList<>();
        for (AlertChannel channel : channels) {
            try {
                channel.send(alert);
            } catch (RuntimeException e) {
                failures.add(channel.name() + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
