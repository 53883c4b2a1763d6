package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.residency.scheduler.monitoring.SolverProbe;

/** Ready only when the solver's native library loads (the server's lib/ has OR-Tools); reports its version. */
@Readiness
@ApplicationScoped
public class SolverReadiness implements HealthCheck {

    @Inject
    SolverProbe solver;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("solver").up().withData("ortools", solver.version()).build();
        } catch (LinkageError | RuntimeException e) {
            return HealthCheckResponse.named("solver").down().withData("error", String.valueOf(e)).build();
        }
    }
}
