package org.residency.scheduler.resilience.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.resilience.analysis.AlertMessage;
import org.residency.scheduler.resilience.control.AlertChannel;
import org.residency.scheduler.resilience.control.AlertDelivery;
import org.residency.scheduler.resilience.control.AlertSettings;
import org.residency.scheduler.resilience.entity.AlertNotification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Raises alerts (stored once per key, in the caller's transaction, so an alert exists exactly when its
 * finding was recorded) and delivers the pending ones to the configured channels (the alert evaluation
 * task). A failed delivery is tried again at the next evaluation, up to {@code resilience.alert.attempts};
 * a retry after a partial failure may repeat the alert on a channel that had taken it.
 */
@Stateless
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    AlertSettings settings;

    /** @return whether the alert is new (an alert with the same key is not raised again) */
    public boolean raise(AlertMessage alert) {
        boolean known = !em.createQuery("SELECT a.id FROM AlertNotification a WHERE a.key = :k", Long.class)
                .setParameter("k", alert.key()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(new AlertNotification(alert, now()));
        LOG.warning(() -> "Resilience alert: " + alert.subject());
        return true;
    }

    /** @return what happened, for the task run's detail */
    public String deliverPending() {
        List<AlertChannel> channels = settings.channels();
        List<AlertNotification> pending = em.createQuery(
                        "SELECT a FROM AlertNotification a WHERE a.state = :s ORDER BY a.createdAt, a.id", AlertNotification.class)
                .setParameter("s", AlertNotification.State.PENDING).setMaxResults(BATCH).getResultList();
        int sent = 0;
        int failed = 0;
        for (AlertNotification alert : pending) {
            List<String> failures = AlertDelivery.deliver(alert.message(), channels);
            if (failures.isEmpty()) {
                alert.sent(now());
                sent++;
            } else {
                alert.failed(String.join("; ", failures), settings.attempts());
                failed++;
            }
        }
        return pending.isEmpty() ? "no pending alert" : sent + " alert(s) delivered to " + channels.size()
                + " channel(s)" + (channels.isEmpty() ? " (none configured: logged only)" : "") + ", " + failed + " failed";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
