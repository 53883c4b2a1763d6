package org.residency.scheduler.persistence;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.resilience.analysis.AlertMessage;
import org.residency.scheduler.resilience.analysis.DefenseLevel;
import org.residency.scheduler.resilience.analysis.LevelChange;
import org.residency.scheduler.resilience.boundary.AlertService;
import org.residency.scheduler.resilience.control.AlertSettings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.persistence.Database.inject;

/**
 * Alerts raised once per key and delivered by mail to a real SMTP server (GreenMail) started by the test;
 * a delivery that fails stays pending and is tried again.
 */
class AlertPersistenceTest extends GeneratedProgramFixture {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aLevelRiseIsMailedOnceWithItsCause() throws Exception {
        LevelChange rise = new LevelChange(DefenseLevel.GREEN, DefenseLevel.RED,
                OffsetDateTime.of(2026, 8, 3, 2, 0, 0, 0, ZoneOffset.UTC), "the published schedule has 2 hard rule violations");
        AlertMessage alert = AlertMessage.levelRose(programId, "Gen 30", 17, rise).orElseThrow();
        int port = smtp.getSmtp().getPort();

        assertEquals(Boolean.TRUE, call(port, a -> a.raise(alert)));
        assertEquals(Boolean.FALSE, call(port, a -> a.raise(alert)), "the same finding is not raised twice");
        assertEquals("1 alert(s) delivered to 1 channel(s), 0 failed", call(port, AlertService::deliverPending));
        assertEquals("no pending alert", call(port, AlertService::deliverPending));

        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Gen 30: defense level RED (4)", received[0].getSubject());
        assertTrue(String.valueOf(received[0].getContent()).contains("Cause: the published schedule has 2 hard rule violations"));
        assertEquals("coordinator@example.org", received[0].getAllRecipients()[0].toString());
    }

    @Test
    void anUnreachableServerLeavesTheAlertPendingForTheNextEvaluation() throws Exception {
        AlertMessage alert = AlertMessage.criticalPeople(programId, "Gen 30", "year", "v1", java.util.List.of("R07"))
                .orElseThrow();
        int closed = smtp.getSmtp().getPort();
        smtp.stop();
        assertEquals(Boolean.TRUE, call(closed, a -> a.raise(alert)));
        String first = call(closed, AlertService::deliverPending);
        assertTrue(first.endsWith("1 failed"), first);

        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        assertEquals("1 alert(s) delivered to 1 channel(s), 0 failed", call(smtp.getSmtp().getPort(),
                AlertService::deliverPending));
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        assertEquals("Gen 30: 1 critical person (N-1): R07", smtp.getReceivedMessages()[0].getSubject());
    }

    private <T> T call(int port, Function<AlertService, T> work) {
        return db.transaction(em -> {
            AlertSettings settings = new AlertSettings();
            inject(settings, "smtpHost", Optional.of("127.0.0.1"));
            inject(settings, "smtpPort", port);
            inject(settings, "from", "scheduler@example.org");
            inject(settings, "to", Optional.of("coordinator@example.org"));
            inject(settings, "webhook", Optional.empty());
            inject(settings, "attempts", 3);
            AlertService service = inject(inject(new AlertService(), "em", em), "settings", settings);
            return work.apply(service);
        });
    }
}
