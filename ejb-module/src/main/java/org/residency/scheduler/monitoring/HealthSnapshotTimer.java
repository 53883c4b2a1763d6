package org.residency.scheduler.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.platform.ClusterLock;

import java.util.logging.Logger;

/**
 * Fires the system health snapshot on a persistent calendar timer (stored in PostgreSQL, so it
 * survives restarts; in a deployment group there is one such timer for all instances, created under
 * {@link ClusterLock}, and Payara moves it to a surviving instance when its owner is lost). The schedule is configuration,
 * {@code snapshot.schedule} as "second minute hour", every 15 minutes by default. At startup the
 * timer is re-created only if the configured schedule changed, so redeploys do not pile up timers.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class HealthSnapshotTimer {

    private static final Logger LOG = Logger.getLogger(HealthSnapshotTimer.class.getName());
    private static final String INFO_PREFIX = "health-snapshot@";

    @Resource
    TimerService timers;
    @Inject
    ClusterLock clusterLock;

    @Inject
    @ConfigProperty(name = "snapshot.schedule", defaultValue = "0 */15 *")
    String schedule;

    @Inject
    HealthSnapshotService snapshots;

    @PostConstruct
    void schedule() {
        clusterLock.forTimerRegistration();
        String info = INFO_PREFIX + schedule;
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo())) {
                present = true;
            } else if (String.valueOf(timer.getInfo()).startsWith(INFO_PREFIX)) {
                timer.cancel();
            }
        }
        if (!present) {
            timers.createCalendarTimer(expression(schedule), new TimerConfig(info, true));
        }
        LOG.info(() -> "Health snapshot scheduled at second/minute/hour " + schedule);
    }

    @Timeout
    void fire() {
        HealthSnapshot snapshot = snapshots.record();
        LOG.fine(() -> "Health snapshot " + snapshot.getId() + " recorded");
    }

    static ScheduleExpression expression(String secondMinuteHour) {
        String[] parts = secondMinuteHour.trim().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("snapshot.schedule must be 'second minute hour', got: " + secondMinuteHour);
        }
        return new ScheduleExpression().second(parts[0]).minute(parts[1]).hour(parts[2]);
    }
}
