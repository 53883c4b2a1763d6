package org.residency.scheduler.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), clock);

    @Test
    void fourFailuresStillAllowAnAttemptAndTheFifthBlocksTheSixth() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("user:dana");
            clock.advance(Duration.ofSeconds(1));
        }
        assertTrue(throttle.blockedFor("user:dana").isEmpty());
        throttle.failed("user:dana");
        assertEquals(Optional.of(Duration.ofSeconds(56)), throttle.blockedFor("user:dana"));
    }

    @Test
    void theBlockEndsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("address:10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.blockedFor("address:10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.blockedFor("address:10.0.0.1").isEmpty());
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteNeverBlock() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user:slow");
            clock.advance(Duration.ofSeconds(13));
            assertTrue(throttle.blockedFor("user:slow").isEmpty(), "attempt " + i);
        }
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user:a");
        }
        assertTrue(throttle.blockedFor("user:a").isPresent());
        assertTrue(throttle.blockedFor("user:b").isEmpty());
    }

    @Test
    void aSuccessClearsTheKey() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user:dana");
        }
        throttle.succeeded("user:dana");
        assertTrue(throttle.blockedFor("user:dana").isEmpty());
    }
}
