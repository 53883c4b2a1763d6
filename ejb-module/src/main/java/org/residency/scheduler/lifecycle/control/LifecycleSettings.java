package org.residency.scheduler.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/** The freeze horizon from MicroProfile Config ({@code schedule.freeze-days}, environment {@code SCHEDULE_FREEZE_DAYS}). */
@ApplicationScoped
public class LifecycleSettings {

    @Inject
    @ConfigProperty(name = "schedule.freeze-days", defaultValue = "7")
    int freezeDays;

    /** Today's horizon, in the server's time zone (the program's days are local dates). */
    public FreezeHorizon horizon() {
        return new FreezeHorizon(freezeDays, LocalDate.now());
    }
}
