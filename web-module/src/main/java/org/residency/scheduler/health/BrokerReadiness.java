package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.residency.scheduler.monitoring.BrokerProbe;

/** Ready only while the built-in JMS broker accepts sessions; reports the queued job messages. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    BrokerProbe broker;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("jms-broker").up()
                    .withData("queuedJobMessages", broker.queuedJobMessages())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("jms-broker").down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
