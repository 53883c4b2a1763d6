package org.residency.scheduler.resilience.control;

import org.residency.scheduler.resilience.analysis.AlertMessage;

/** Somewhere an alert goes: mail, a webhook. {@code send} throws when the alert did not get there. */
public interface AlertChannel {

    String name();

    void send(AlertMessage alert);
}
