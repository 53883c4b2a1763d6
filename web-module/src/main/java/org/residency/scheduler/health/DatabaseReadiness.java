package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.residency.scheduler.monitoring.DatabaseProbe;

/**
 * Ready only while PostgreSQL hands out valid connections; the reason otherwise. A read-only database
 * keeps the check UP (reads are served) and says so: {@code writable: false}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        String problem = database.problem();
        return HealthCheckResponse.named("database")
                .status(problem == null)
                .withData("error", problem == null ? "none" : problem)
                .withData("writable", problem == null && !database.readOnly())
                .build();
    }
}
