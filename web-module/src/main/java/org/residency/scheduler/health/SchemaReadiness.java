package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.residency.scheduler.platform.DatabaseMigration;

/** Ready only when every Flyway migration of this build has been applied. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        try {
            int pending = migration.pendingMigrations();
            return HealthCheckResponse.named("schema").status(pending == 0)
                    .withData("pendingMigrations", pending)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("schema").down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
