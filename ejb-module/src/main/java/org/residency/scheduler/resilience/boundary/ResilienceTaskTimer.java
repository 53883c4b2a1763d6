package org.residency.scheduler.resilience.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.residency.scheduler.platform.ClusterLock;
import org.residency.scheduler.resilience.control.ResilienceTask;
import org.residency.scheduler.resilience.control.ScheduleSpec;
import org.residency.scheduler.resilience.control.TaskSettings;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One persistent calendar timer per periodic task (stored by the timer service in PostgreSQL, so each
 * survives restarts), on the configured schedule. In a deployment group each timer exists once for all
 * instances (created under {@link ClusterLock}) and Payara moves it to a surviving instance when its
 * owner is lost, so each task fires once per schedule across the cluster. A firing only records a
 * run and queues it; the work runs in {@link TaskConsumer}. At startup a timer is re-created only when
 * its schedule changed. At startup the runs this server left RUNNING (restart, redeploy, kill -9) are
 * failed at once, those of other servers when older than a minute; and at every firing those older than
 * {@link TaskSettings#lostAfter()}: the latter frees a task whose run was lost with a cluster instance
 * that never comes back.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ResilienceTaskTimer {

    private static final Logger LOG = Logger.getLogger(ResilienceTaskTimer.class.getName());
    private static final String PREFIX = "resilience-task:";
    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

    @Resource
    TimerService timers;
    @Inject
    ClusterLock clusterLock;
    @Inject
    TaskSettings settings;
    @Inject
    TaskRunService runs;

    @PostConstruct
    void schedule() {
        clusterLock.forTimerRegistration();
        logFailed(runs.failLeftByThisServer(), "this server left RUNNING when it stopped");
        failLost(INTERRUPTED_AFTER);
        for (ResilienceTask task : ResilienceTask.values()) {
            String spec = settings.schedule(task);
            String info = PREFIX + task.name() + "@" + spec;
            boolean present = false;
            for (Timer timer : timers.getTimers()) {
                String existing = String.valueOf(timer.getInfo());
                if (existing.equals(info)) {
                    present = true;
                } else if (existing.startsWith(PREFIX + task.name() + "@")) {
                    timer.cancel();
                }
            }
            if (!present && !ScheduleSpec.OFF.equalsIgnoreCase(spec)) {
                timers.createCalendarTimer(ScheduleSpec.parse(task.configKey(), spec), new TimerConfig(info, true));
            }
            LOG.info(() -> "Resilience task " + task + " scheduled at " + spec);
        }
    }

    @Timeout
    void fire(Timer timer) {
        String info = String.valueOf(timer.getInfo());
        String name = info.substring(PREFIX.length(), info.indexOf('@'));
        failLost(settings.lostAfter());
        ResilienceTask.named(name).ifPresent(task -> runs.queue(task, 1, Duration.ZERO));
    }

    private void failLost(Duration olderThan) {
        logFailed(runs.failInterrupted(olderThan), "had no end recorded after " + olderThan.toMinutes()
                + " min (their server stopped)");
    }

    private static void logFailed(int runs, String why) {
        if (runs > 0) {
            LOG.warning(() -> runs + " task run(s) " + why + " are marked FAILED");
        }
    }

    /** Each task's schedule and next firing (null when off). */
    public Map<String, TaskSchedule> schedules() {
        Map<String, TaskSchedule> out = new LinkedHashMap<>();
        for (ResilienceTask task : ResilienceTask.values()) {
            out.put(task.name(), new TaskSchedule(task.name(), settings.schedule(task), null));
        }
        for (Timer timer : timers.getTimers()) {
            String info = String.valueOf(timer.getInfo());
            if (info.startsWith(PREFIX)) {
                String name = info.substring(PREFIX.length(), info.indexOf('@'));
                Date next = timer.getNextTimeout();
                out.computeIfPresent(name, (k, s) -> new TaskSchedule(k, s.schedule(), next.toInstant().toString()));
            }
        }
        return out;
    }

    /** A task, its configured schedule and its next firing (ISO instant). */
    public record TaskSchedule(String task, String schedule, String nextRun) {
    }
}
